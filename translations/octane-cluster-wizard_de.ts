<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ocw::Core</name>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="10"/>
        <source>SSH connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="11"/>
        <source>The node accepts an SSH connection and the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="12"/>
        <source>Host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="13"/>
        <source>The node&apos;s host key is known and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="14"/>
        <source>Privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="15"/>
        <source>The login user is root or may use sudo without a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="16"/>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="17"/>
        <source>The node runs a supported Linux release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="18"/>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="19"/>
        <source>The node has the documented number of CPU cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="20"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="21"/>
        <source>The node has the documented amount of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="22"/>
        <source>Install disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="23"/>
        <source>The install directory&apos;s file system has enough free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="24"/>
        <source>OCTANE_REPOSITORY_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="25"/>
        <source>OCTANE_REPOSITORY_DIR is set for the install user and names the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="26"/>
        <source>Same repository path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="27"/>
        <source>The repository is at the same path on every node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="28"/>
        <source>Repository mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="29"/>
        <source>The repository directory exists and is a mounted file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="30"/>
        <source>Repository writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="31"/>
        <source>The install user can write to the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="32"/>
        <source>Repository shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="33"/>
        <source>A file written on one node is read on every other node, and back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="34"/>
        <source>Database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="35"/>
        <source>The database server&apos;s name resolves and its port accepts TCP from the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="36"/>
        <source>HTTP ports free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="37"/>
        <source>Ports 8080 and 8443 are free on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="38"/>
        <source>Open files limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="39"/>
        <source>The install user may open enough files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="40"/>
        <source>Time synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="41"/>
        <source>The node&apos;s clock is synchronised (NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="42"/>
        <source>Name resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="43"/>
        <source>The node resolves every node&apos;s name to the same address as the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="44"/>
        <source>Port 5701 between nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="45"/>
        <source>Each node reaches every other node on port 5701 (Hazelcast).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="46"/>
        <source>Clock skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="47"/>
        <source>The node&apos;s clock agrees with the workstation&apos;s and the other nodes&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="39"/>
        <source>%1: not checked: the node could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="72"/>
        <source>%1: the repository is not at %2, the path the other nodes use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="73"/>
        <source>Mount the shared repository at %1 on %2 (same path on every node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="76"/>
        <source>%1 names the repository %2; the cluster uses %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="77"/>
        <source>Mount the repository at %1 on %2 and set OCTANE_REPOSITORY_DIR=%1 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="80"/>
        <source>%1: the path exists; OCTANE_REPOSITORY_DIR could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="83"/>
        <source>%1 uses the repository at %2, like the other nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="136"/>
        <source>%1 is the only node: nothing to share with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="141"/>
        <source>%1: not checked: the test file is written as %2, which needs sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="146"/>
        <source>%1 could not write a test file to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="147"/>
        <source>Fix repo.writable on %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="162"/>
        <source>%1 shares %2 with every other node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="164"/>
        <source>%1 shares %2 with the cluster (not with %3, which is at fault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="169"/>
        <source>%1 does not share %2 with %3: a file written on one is not seen on the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="171"/>
        <source>Mount the same NFS/SAN export at %1 on %2 as on the other nodes (see: findmnt -T %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="210"/>
        <source>cannot resolve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="212"/>
        <source>resolves %1 to %2, the others to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="216"/>
        <source>%1 resolves every node&apos;s name like the other nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="219"/>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="220"/>
        <source>Correct DNS or /etc/hosts on %1 so that every node name means the same address everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="241"/>
        <source>%1 -&gt; %2: not checked: %3 could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="251"/>
        <source>%1 -&gt; %2:%3 not tested: %2 has no tool to listen with (python3, platform-python or perl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="253"/>
        <source>Install python3 on %1, or test by hand: start a listener on port %2 there and connect from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="257"/>
        <source>%1 -&gt; %2:%3 not tested: the test listener on %2 did not start (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="261"/>
        <source>%1 -&gt; %2:%3 not tested: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="265"/>
        <source>%1 reaches %2 on port %3 (already in use there, presumably by Octane).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="266"/>
        <source>%1 reaches %2 on port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="271"/>
        <source>timed out (a firewall drops the packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="273"/>
        <source>refused (a firewall rejects the port, or nothing listens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="275"/>
        <source>no route to host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="277"/>
        <source>answered by something else than the test listener (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="280"/>
        <source>%1 cannot reach %2 on port %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="281"/>
        <source>Open inbound TCP port %1 on %2 for the other nodes (e.g. firewall-cmd --add-port=%1/tcp --permanent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="297"/>
        <source>%1: could not read the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="302"/>
        <source>the workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="317"/>
        <source>%1: clock within %2 ms of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="320"/>
        <source>%1: clock differs by %2 ms from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="321"/>
        <source>Synchronise the clocks (chronyd) on every node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="211"/>
        <source>%1: logged in as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="215"/>
        <source>%1: %2 may use sudo without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="219"/>
        <source>%1: %2 may use sudo with a password (given on stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="224"/>
        <source>%1: sudo asks %2 for a password and none was given (or %2 has no sudo rights there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="225"/>
        <source>%1: sudo refused the password of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="226"/>
        <source>Give the sudo password (secret &quot;sudo-password&quot;), or allow %2 NOPASSWD sudo on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="230"/>
        <source>%1: sudo requires a terminal for %2 (Defaults requiretty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="231"/>
        <source>Add &quot;Defaults:%1 !requiretty&quot; with visudo on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="236"/>
        <source>%1: %2 may not use sudo (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="237"/>
        <source>Give %1 sudo rights on %2 (the installation needs them), or log in as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="301"/>
        <source>%1: not checked: runs as %2, which needs sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="325"/>
        <source>%1: cannot run commands as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="327"/>
        <source>Create the install user %1 on %2 (or correct the install user in the profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="40"/>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="41"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="71"/>
        <source>%1: cannot read /etc/os-release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="72"/>
        <source>Make sure the node runs a supported Linux release with /etc/os-release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="79"/>
        <source>%1 runs %2, a supported release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="84"/>
        <source>%1 runs %2, which this Octane release does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="85"/>
        <source>Install the node with one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="94"/>
        <source>%1: cannot count the CPU cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="96"/>
        <source>%1 has %2 CPU cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="98"/>
        <source>%1 has %2 CPU cores; Octane documents at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="99"/>
        <source>Give the node at least %1 cores before production use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="108"/>
        <source>%1: cannot read the memory size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="111"/>
        <source>%1 has %2 of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="113"/>
        <source>%1 has %2 of memory; Octane documents at least 8 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="114"/>
        <source>Give the node at least 8 GB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="126"/>
        <source>%1: cannot read the free space for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="127"/>
        <source>Check that df works on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="133"/>
        <source>%1 has %2 free for %3 (on %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="136"/>
        <source>%1 has only %2 free for %3 (on %4); at least %5 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="138"/>
        <source>Free space on %1 or mount a larger volume there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="148"/>
        <source>%1: the repository %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="149"/>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="173"/>
        <source>Mount the shared repository (NFS or SAN) at %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="154"/>
        <source>%1: cannot tell which file system holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="155"/>
        <source>Check the mount with: findmnt -T %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="164"/>
        <source>%1: %2 is on %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="168"/>
        <source>%1: %2 is a mount of %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="171"/>
        <source>%1: %2 is a plain directory on %3 (%4), not a mounted shared file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="187"/>
        <source>the login environment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="189"/>
        <source>Add OCTANE_REPOSITORY_DIR=%1 to /etc/environment on %2 (the installer fails without it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="193"/>
        <source>%1: OCTANE_REPOSITORY_DIR is not set for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="197"/>
        <source>%1: OCTANE_REPOSITORY_DIR is %2 (in %3), but the repository is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="202"/>
        <source>%1: OCTANE_REPOSITORY_DIR=%2 (in %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="211"/>
        <source>%1: %2 can write to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="214"/>
        <source>%1: %2 cannot write to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="215"/>
        <source>Give %1 read/write access to %2 on %3 (e.g. chown -R %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="227"/>
        <source>%1 cannot resolve the database server %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="228"/>
        <source>Add %1 to DNS or to /etc/hosts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="232"/>
        <source>%1 reaches the database server %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="236"/>
        <source>%1: the connection to the database server %2 (%3) timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="237"/>
        <source>A firewall drops traffic from %1 to %2: open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="241"/>
        <source>%1: the database server %2 (%3) refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="242"/>
        <source>Check that the database listens on port %1 and that no firewall rejects %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="246"/>
        <source>%1 cannot connect to the database server %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="247"/>
        <source>Check routing and firewalls between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="280"/>
        <source>%1: ports %2 are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="284"/>
        <source>%1: something already listens on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="285"/>
        <source>Stop the service that uses the port (see: ss -ltnp) on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="294"/>
        <source>Add &quot;%1 hard nofile %2&quot; and &quot;%1 soft nofile %2&quot; to /etc/security/limits.conf on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="300"/>
        <source>%1: %2 may open %3 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="303"/>
        <source>%1: cannot read the open-files limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="305"/>
        <source>%1: %2 may open only %3 files; Octane needs %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="314"/>
        <source>%1: the clock is synchronised (systemd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="316"/>
        <source>%1: the clock is synchronised (chrony).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="318"/>
        <source>%1: the clock is synchronised (ntpd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="320"/>
        <source>%1: no synchronised time service found (chrony, ntpd, systemd-timesyncd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="321"/>
        <source>Enable chronyd on %1: cluster members need agreeing clocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/requirements.cpp" line="27"/>
        <source>The release definition has no &quot;requirements&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/requirements.cpp" line="35"/>
        <source>requirements.supportedOs: an entry has no &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/requirements.cpp" line="68"/>
        <source>Unknown release &quot;%1&quot;: no release definition %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/requirements.cpp" line="70"/>
        <source>Use &quot;octane-current&quot; or the path of a release definition file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/requirements.cpp" line="76"/>
        <source>The release definition %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="78"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="80"/>
        <source>--profile FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="91"/>
        <source>--concurrency: &quot;%1&quot; is not a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="107"/>
        <source>cannot write %1: the directory %2 does not exist or is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="112"/>
        <source>%1: the key file %2 of %3 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="140"/>
        <source>missing secret &quot;%1&quot; (%2): store it in the keychain, or give it on stdin as %1=... (or %3=...) with --secrets-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="167"/>
        <source>fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="201"/>
        <source>%1 nodes, %2 results in %3 ms: %4 passed, %5 warnings, %6 failed (%7 blocking), %8 skipped%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="210"/>
        <source>; interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="16"/>
        <source>Profile field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="27"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="43"/>
        <source>must be a port number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="60"/>
        <location filename="../app/core/model/nodelistparser.cpp" line="114"/>
        <source>&quot;%1&quot; is not one of key, password, keyboard-interactive, agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="149"/>
        <source>is missing; this file is not a cluster profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="153"/>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="176"/>
        <source>must be a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="183"/>
        <location filename="../app/core/model/clusterprofile.cpp" line="235"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="201"/>
        <source>must be a list of nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="224"/>
        <source>must be an object with a &quot;host&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="227"/>
        <location filename="../app/core/model/nodepattern.cpp" line="84"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="247"/>
        <source>&quot;%1&quot; is not one of the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="257"/>
        <source>Cannot read the profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="263"/>
        <source>The profile %1 is not valid JSON (offset %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="271"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="282"/>
        <location filename="../app/core/model/clusterprofile.cpp" line="287"/>
        <source>Cannot write the profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="15"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="33"/>
        <source>&quot;%1&quot; has an empty user before &quot;@&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="45"/>
        <source>&quot;%1&quot;: unexpected text after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="54"/>
        <source>&quot;%1&quot;: the port &quot;%2&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="58"/>
        <source>&quot;%1&quot; has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="107"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="119"/>
        <source>unknown column &quot;%1&quot; (known: host, address, port, user, auth, keyFile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="123"/>
        <source>the host column is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="191"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodepattern.cpp" line="14"/>
        <source>Host pattern &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodepattern.cpp" line="25"/>
        <source>&quot;%1&quot; is not a number or a range like 1-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodepattern.cpp" line="32"/>
        <source>the range %1-%2 runs backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodepattern.cpp" line="34"/>
        <location filename="../app/core/model/nodepattern.cpp" line="74"/>
        <source>expands to more than %1 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodepattern.cpp" line="59"/>
        <location filename="../app/core/model/nodepattern.cpp" line="66"/>
        <source>a &quot;]&quot; has no matching &quot;[&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodepattern.cpp" line="69"/>
        <source>a &quot;[&quot; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="52"/>
        <source>Enter a host name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="54"/>
        <source>Remove the blanks around the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="59"/>
        <source>&quot;%1&quot; is not a valid IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="61"/>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="63"/>
        <source>&quot;%1&quot;: host names may not contain &quot;_&quot; (RFC 1123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="64"/>
        <source>&quot;%1&quot; is not a valid host name: use letters, digits, &quot;-&quot; and &quot;.&quot;; no label may start or end with &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="76"/>
        <source>Add at least one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="89"/>
        <source>&quot;%1&quot; is already node %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="95"/>
        <source>&quot;%1&quot; is a loopback name: the other nodes cannot reach this node by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="105"/>
        <source>Enter the SSH user for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="108"/>
        <source>Choose the private key file for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="110"/>
        <source>The key file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="114"/>
        <source>&quot;%1&quot; is not one of the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="117"/>
        <location filename="../app/core/model/profilevalidator.cpp" line="131"/>
        <source>Enter a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="121"/>
        <source>Enter the database server every node connects to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="126"/>
        <source>&quot;%1&quot; is a loopback name: in a cluster every node must reach the database server by a name that means the same machine on all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="134"/>
        <source>Enter the shared repository path (OCTANE_REPOSITORY_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="136"/>
        <source>The repository path must be absolute, e.g. /mnt/octane-repo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="138"/>
        <source>The repository path may not contain a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="144"/>
        <source>Enter a URL such as http://octane-lb.corp:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="147"/>
        <source>Enter the install user (usually octane).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="168"/>
        <source>&quot;%1&quot; resolves to %2, like node %3 (%4): the same machine twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="97"/>
        <location filename="../app/core/report/checkreport.cpp" line="98"/>
        <source>Octane cluster pre-flight report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="100"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="101"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="103"/>
        <source>%1 passed, %2 warnings, %3 failed (%4 blocking), %5 skipped%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="109"/>
        <source> - interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="111"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="117"/>
        <source>, warning only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="132"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="138"/>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="145"/>
        <source>Commands and output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="156"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/hostkeyscanner.cpp" line="198"/>
        <source>%1: the host key %2 %3 is trusted (%4 line %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/hostkeyscanner.cpp" line="227"/>
        <source>%1: the host key %2 is %3 and cannot be trusted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/hostkeyscanner.cpp" line="229"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/hostkeyscanner.cpp" line="230"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/hostkeyscanner.cpp" line="238"/>
        <source>%1: the host key could not be saved to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/hostkeyscanner.cpp" line="241"/>
        <source>Check that the directory %1 is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/sshconnector.cpp" line="73"/>
        <source>%1: not checked: no SSH connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/sshconnector.cpp" line="86"/>
        <source>%1: connected, but not logged in: the host key is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/sshconnector.cpp" line="91"/>
        <source>%1: the host key %2 is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/sshconnector.cpp" line="103"/>
        <source>%1: logged in as %2 (%3) in %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/secretresolver.cpp" line="41"/>
        <source>SSH password of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/secretresolver.cpp" line="44"/>
        <source>passphrase of the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/secretstore.cpp" line="17"/>
        <source>No keychain is available (no Secret Service on the session bus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/secretstore.cpp" line="20"/>
        <source>The keychain refused access (wrong unlock password or denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/secretstore.cpp" line="22"/>
        <source>The keychain does not support this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/secretstore.cpp" line="24"/>
        <source>The keychain failed: %1 (is gnome-keyring running and unlocked?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/secretstore.cpp" line="68"/>
        <source>The secret &quot;%1&quot; is not in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/secretstore.cpp" line="93"/>
        <source>The secret is kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/secretstore.cpp" line="122"/>
        <location filename="../app/core/secrets/secretstore.cpp" line="140"/>
        <source>The keychain did not answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/knownhosts.cpp" line="73"/>
        <location filename="../app/core/ssh/knownhosts.cpp" line="298"/>
        <source>Cannot read the known hosts file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/knownhosts.cpp" line="278"/>
        <source>Cannot add a host key to %1: no host name or no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/knownhosts.cpp" line="287"/>
        <source>Cannot create the folder %1 for the known hosts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/knownhosts.cpp" line="316"/>
        <location filename="../app/core/ssh/knownhosts.cpp" line="322"/>
        <source>Cannot write the known hosts file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="101"/>
        <source>%1: no host name or address is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="145"/>
        <source>%1: cancelled while resolving %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="151"/>
        <source>%1: resolving the name %2 took longer than %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="154"/>
        <source>Check the DNS server, or put the node in /etc/hosts (with an IPv6 line too, or the AAAA query may stall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="167"/>
        <source>%1: the name %2 could not be resolved now (temporary DNS failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="170"/>
        <source>Check the DNS server and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="174"/>
        <source>%1: the name %2 does not resolve to an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="175"/>
        <source>Check the spelling, the DNS entry or /etc/hosts, or give the IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="181"/>
        <source>%1: the name %2 has no IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="237"/>
        <source>%1: cancelled while connecting to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="285"/>
        <source>%1: connection to %2 timed out after %3 s — is the node up and port %4 open in its firewall?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="290"/>
        <source>Check that the node is running and that no firewall drops port %1; a slow network may need a longer connect timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="308"/>
        <source>%1: connection to %2 refused — is sshd running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="310"/>
        <source>Start sshd on the node (systemctl start sshd) or check the SSH port in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="316"/>
        <source>%1: %2 is unreachable (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="317"/>
        <source>Check the address and the network route to the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="321"/>
        <source>%1: connection to %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="374"/>
        <source>%1: cancelled while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="378"/>
        <source>%1: timed out after %2 s while %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="385"/>
        <source>%1: the connection failed while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="419"/>
        <source>%1: the SSH server offers only an RSA host key, which this program&apos;s SSH library (libssh2 1.10) can check only with SHA-1 (ssh-rsa), and OpenSSH 8.8 and later refuse SHA-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="424"/>
        <source>Give the server an ed25519 host key: as root run `ssh-keygen -A` (creates /etc/ssh/ssh_host_ed25519_key if missing), make sure sshd_config loads it (HostKey /etc/ssh/ssh_host_ed25519_key) and restart sshd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="431"/>
        <source>%1: SSH key exchange failed — the server and this program have no algorithm in common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="441"/>
        <source>%1: the service at %2 port %3 does not speak SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="446"/>
        <source>Check the SSH port in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="449"/>
        <source>%1: the server closed the connection during the SSH handshake after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="453"/>
        <source>Check the server&apos;s sshd log; sshd may refuse this client (TCP wrappers, MaxStartups, AllowUsers/DenyUsers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="456"/>
        <source>%1: the SSH handshake failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="464"/>
        <source>%1: the server refused %2 login for %3@%1 (it accepts: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="473"/>
        <source>%1: %2 is an RSA key, which this program&apos;s SSH library (libssh2 1.10) can sign only with SHA-1 (ssh-rsa), and the server (OpenSSH 8.8 or later) refuses SHA-1 signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="478"/>
        <source>Use an ed25519 key instead (ssh-keygen -t ed25519) and add its .pub line to ~/.ssh/authorized_keys of %1 on the node; the wizard can install one for you through a single password login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="581"/>
        <source>%1: the SSH library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="598"/>
        <source>%1: the SSH library could not create a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="632"/>
        <source>%1: the SSH server at %2 accepted the connection but did not finish the SSH handshake within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="636"/>
        <source>The server may be overloaded or sshd may be stuck; check its log, or raise the connect timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="639"/>
        <source>starting the SSH session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="658"/>
        <source>%1: the server sent no host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="674"/>
        <source>%1: host key check before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="701"/>
        <source>%1: the node&apos;s host key is not known yet (%2 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="704"/>
        <source>Compare the fingerprint with the output of `ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub` on the node before you accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="723"/>
        <source>%1: the node&apos;s host key %2 is marked @revoked in %3 line %4; refusing to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="728"/>
        <source>Give the node a new host key (as root: remove /etc/ssh/ssh_host_*_key*, run `ssh-keygen -A`, restart sshd), then accept the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="733"/>
        <source>%1: the node&apos;s host key has CHANGED — it is now %2 but %3 line %4 has %5; refusing to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="739"/>
        <source>If the server was reinstalled, remove line %1 of %2 with `%3` and connect again to accept the new key; otherwise someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="751"/>
        <source>%1: login attempted before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="755"/>
        <source>%1: login attempted before the host key was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="761"/>
        <source>%1: no SSH user name is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="782"/>
        <location filename="../app/core/ssh/sshsession.cpp" line="854"/>
        <location filename="../app/core/ssh/sshsession.cpp" line="896"/>
        <location filename="../app/core/ssh/sshsession.cpp" line="973"/>
        <location filename="../app/core/ssh/sshsession.cpp" line="1066"/>
        <source>logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="790"/>
        <source>%1: the server did not say which login methods it accepts for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="832"/>
        <location filename="../app/core/ssh/sshsession.cpp" line="873"/>
        <source>%1: no password is set for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="836"/>
        <source>Use a method the server accepts, or enable PasswordAuthentication in the node&apos;s sshd_config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="860"/>
        <source>%1: the password of %2@%1 has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="862"/>
        <source>Log in once with ssh and set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="865"/>
        <location filename="../app/core/ssh/sshsession.cpp" line="906"/>
        <source>Check the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="877"/>
        <source>Use a method the server accepts, or enable KbdInteractiveAuthentication in the node&apos;s sshd_config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="902"/>
        <source>The server asked no question (sshd without PAM cannot do keyboard-interactive); use password login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="915"/>
        <source>%1: no private key file is set for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="919"/>
        <source>%1: the key file %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="924"/>
        <source>%1: the key file %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="930"/>
        <source>%1: %2 is a public key; choose the private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="931"/>
        <source>The private key is usually the same name without .pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="935"/>
        <source>%1: the key file %2 is protected by a passphrase, and none is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="941"/>
        <location filename="../app/core/ssh/sshsession.cpp" line="1008"/>
        <source>Use a method the server accepts, or enable PubkeyAuthentication in the node&apos;s sshd_config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="987"/>
        <source>%1: the key file %2 could not be opened — the passphrase is wrong or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="989"/>
        <source>%1: the key file %2 could not be read as a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="992"/>
        <source>Check the passphrase; keys must be OpenSSH or PEM private keys (ed25519 or ecdsa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="996"/>
        <source>the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="998"/>
        <source>Add the public key (%1.pub) to ~/.ssh/authorized_keys of %2 on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1014"/>
        <source>%1: could not set up ssh-agent access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1033"/>
        <source>%1: no ssh-agent is reachable for %2@%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1036"/>
        <source>Start ssh-agent and add your key with ssh-add, or choose a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1043"/>
        <source>%1: ssh-agent did not list its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1072"/>
        <source>%1: ssh-agent holds no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1073"/>
        <source>Add your key with ssh-add, or choose a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1076"/>
        <source>every key in ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1078"/>
        <source>None of the %1 keys in ssh-agent is in ~/.ssh/authorized_keys of %2 on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1102"/>
        <source>%1: no open SSH session to run a command in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1105"/>
        <source>%1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1108"/>
        <source>%1: the SSH session stopped answering after an interrupted command; it must be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1132"/>
        <source>running `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1162"/>
        <source>%1: the server refused to open a channel for a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1163"/>
        <source>Check MaxSessions in the node&apos;s sshd_config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1188"/>
        <source>%1: the server refused to run a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1238"/>
        <source>%1: the connection broke while running a command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Core::CheckController</name>
    <message>
        <location filename="../app/core/run/checkcontroller.cpp" line="226"/>
        <source>%1: not checked: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/checkcontroller.cpp" line="227"/>
        <source>%1: not checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Core::CheckStatusModel</name>
    <message>
        <location filename="../app/core/run/checkstatusmodel.cpp" line="123"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/checkstatusmodel.cpp" line="124"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/checkstatusmodel.cpp" line="125"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/checkstatusmodel.cpp" line="126"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/checkstatusmodel.cpp" line="127"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/checkstatusmodel.cpp" line="128"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/checkstatusmodel.cpp" line="177"/>
        <source>
A warning only: it does not block the installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Core::NodeWorker</name>
    <message>
        <location filename="../app/core/run/nodeworker.cpp" line="29"/>
        <source>Testing the repository and port %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodeworker.cpp" line="41"/>
        <source>Removing temporary files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodeworker.cpp" line="55"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodeworker.cpp" line="72"/>
        <source>%1: not checked: no SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodeworker.cpp" line="80"/>
        <source>Running checks…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Wizard::CheckDetailsPane</name>
    <message>
        <location filename="../wizard/widgets/checkdetailspane.cpp" line="49"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/checkdetailspane.cpp" line="51"/>
        <source>Select a cell of the grid to see what was checked, the commands that ran and their output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/checkdetailspane.cpp" line="67"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/checkdetailspane.cpp" line="74"/>
        <source>blocks the installation when it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/checkdetailspane.cpp" line="75"/>
        <source>a warning only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/checkdetailspane.cpp" line="78"/>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/checkdetailspane.cpp" line="81"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/checkdetailspane.cpp" line="85"/>
        <source> · %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/checkdetailspane.cpp" line="89"/>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/checkdetailspane.cpp" line="93"/>
        <source>Commands run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/checkdetailspane.cpp" line="96"/>
        <source>Raw output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Wizard::ChecksPage</name>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="43"/>
        <source>Pre-flight checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="44"/>
        <source>Every check on every node, run in parallel over SSH. Select a cell for what was checked, the commands and their output. Blocking failures must be fixed before the installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="67"/>
        <source>Check results: checks down, nodes across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="83"/>
        <source>Re-run &amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="85"/>
        <source>Run again the checks that failed, warned or were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="86"/>
        <source>Re-run &amp;cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="87"/>
        <source>Run again the check of the selected cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="88"/>
        <source>Ca&amp;ncel checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="89"/>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="103"/>
        <source>All blocking checks passed. Next steps: export the report for your records; installing the first node follows in the next version of this wizard. Close ends the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="145"/>
        <source>Waiting for the previous run to clean up on the nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="172"/>
        <source>The checks cannot run: the release definition did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="245"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="358"/>
        <source>Cancelling: removing temporary files from the nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="368"/>
        <source>There is nothing to export: the checks have not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="386"/>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="387"/>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="394"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="405"/>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="446"/>
        <source>%1 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="447"/>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="447"/>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="448"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="450"/>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="452"/>
        <source>%1 blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="452"/>
        <source>none blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="457"/>
        <source>Checking… %1 of %2 results in: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="460"/>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="463"/>
        <source> (in %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Wizard::ErrorPanel</name>
    <message>
        <location filename="../wizard/widgets/errorpanel.cpp" line="40"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/errorpanel.cpp" line="75"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Wizard::HostKeyTrustDialog</name>
    <message>
        <location filename="../wizard/widgets/hostkeytrustdialog.cpp" line="34"/>
        <source>Trust host keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hostkeytrustdialog.cpp" line="41"/>
        <source>The authenticity of %1 cannot be established yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hostkeytrustdialog.cpp" line="43"/>
        <source>The authenticity of %1 nodes cannot be established yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hostkeytrustdialog.cpp" line="45"/>
        <source>Their host keys are not in any known_hosts file. Compare each fingerprint with the one the node itself shows, for example &lt;code&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/code&gt; run on the node&apos;s console, before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hostkeytrustdialog.cpp" line="55"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hostkeytrustdialog.cpp" line="55"/>
        <source>Connected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hostkeytrustdialog.cpp" line="55"/>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hostkeytrustdialog.cpp" line="55"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hostkeytrustdialog.cpp" line="71"/>
        <source>The authenticity of host &apos;%1 (%2)&apos; can&apos;t be established.
%3 key fingerprint is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hostkeytrustdialog.cpp" line="83"/>
        <source>Trusted keys are added to %1. A key that changes later is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hostkeytrustdialog.cpp" line="89"/>
        <source>Trust and continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Wizard::InstallWizard</name>
    <message>
        <location filename="../wizard/installwizard.cpp" line="22"/>
        <source>Octane Cluster Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/installwizard.cpp" line="25"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Wizard::NodeTableDelegate</name>
    <message>
        <location filename="../wizard/widgets/nodetabledelegate.cpp" line="16"/>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Wizard::NodeTableModel</name>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="152"/>
        <source>&quot;%1&quot; is not a port: enter 1 to 65535, or leave it empty for the shared port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="158"/>
        <source>&quot;%1&quot; is not one of key, password, keyboard-interactive, agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="280"/>
        <source>Empty: this node uses the shared setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="281"/>
        <source>Empty: this node uses the shared setting (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="367"/>
        <source>The node&apos;s name as the cluster knows it (or its IP address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="369"/>
        <source>Optional: where to connect instead of the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="371"/>
        <source>SSH port; empty: the shared port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="373"/>
        <source>SSH user; empty: the shared user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="375"/>
        <source>How to log in; empty: the shared method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="377"/>
        <source>Private key file; empty: the shared key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="386"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="388"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="390"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="392"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="394"/>
        <source>Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/models/nodetablemodel.cpp" line="396"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Wizard::NodesPage</name>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="77"/>
        <location filename="../wizard/pages/nodespage.cpp" line="171"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="78"/>
        <source>The cluster&apos;s nodes and how this workstation reaches them over SSH. An empty cell in the table uses the shared setting, shown in grey italics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="111"/>
        <source>e.g. production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="113"/>
        <source>Names the profile; passwords are kept in the keychain under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="115"/>
        <source>Load profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="116"/>
        <source>Save profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="120"/>
        <source>&amp;Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="154"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="173"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="174"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="175"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="176"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="177"/>
        <source>Move the selected node up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="178"/>
        <source>Move the selected node down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="179"/>
        <source>Paste &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="180"/>
        <source>Add nodes from a pasted list: patterns such as octane[1-3].corp, user@host:port, or CSV with a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="182"/>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="183"/>
        <source>Add nodes from a text or CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="235"/>
        <source>The node the installation starts on (the first node of the procedure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="241"/>
        <source>&amp;First node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="278"/>
        <source>Shared SSH settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="282"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="283"/>
        <source>the login user on every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="284"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="289"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="290"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="291"/>
        <source>Keyboard-interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="292"/>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="294"/>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="296"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="298"/>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="301"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="303"/>
        <location filename="../wizard/pages/nodespage.cpp" line="307"/>
        <source>Kept in the keychain, never in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="304"/>
        <source>Key pa&amp;ssphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="306"/>
        <source>only if the key file is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="318"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="324"/>
        <source>the database server every node uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="333"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="346"/>
        <source>&amp;Database server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="352"/>
        <source>&amp;Repository path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="355"/>
        <source>The shared repository (OCTANE_REPOSITORY_DIR), mounted at this path on every node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="356"/>
        <source>&amp;Load balancer URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="358"/>
        <source>I&amp;nstall user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="418"/>
        <source>The first in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="419"/>
        <source>The first in the list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="430"/>
        <source>%1 (not in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="493"/>
        <source>The key file %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="507"/>
        <source>Enter the SSH password (kept in the keychain, never in the profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="510"/>
        <source>The key file is encrypted: enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="545"/>
        <source>Enter the SSH user the nodes log in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="550"/>
        <source>Choose the private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="556"/>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/nodespage.cpp" line="562"/>
        <source>… and %n more (the marked cells say what).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="685"/>
        <source>Import nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="685"/>
        <source>Node lists (*.txt *.csv *.list);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="700"/>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="713"/>
        <source>Profile saved to %1 (without passwords).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="726"/>
        <source>Profile loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="739"/>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="740"/>
        <source>Cluster profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="753"/>
        <source>Load profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="754"/>
        <source>Cluster profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="781"/>
        <source>%1 Passwords you enter are kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="837"/>
        <source>Checking host keys: 0 of %1 done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="847"/>
        <source>Checking host keys: %1 of %2 done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="854"/>
        <source>Host key check stopped. Press Next to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="886"/>
        <source>Refused: the host key of %1 differs from the one on file. This cannot be overridden here; see the fix below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="895"/>
        <source> %1 could not be reached for the host key; the Checks page shows why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="912"/>
        <source>The host keys could not be saved; nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="915"/>
        <source>Trusted the host keys of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="919"/>
        <source>Host keys not trusted; nothing was saved. Press Next to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="922"/>
        <source>Not known yet: the host keys of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="929"/>
        <source>All reachable host keys are trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="945"/>
        <source>Fix the marked fields, then press Next again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Wizard::PasteNodesDialog</name>
    <message>
        <location filename="../wizard/widgets/pastenodesdialog.cpp" line="22"/>
        <source>Paste a node list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/pastenodesdialog.cpp" line="25"/>
        <source>One or more nodes per line, separated by blanks, commas or semicolons. Each is &lt;code&gt;[user@]host[:port]&lt;/code&gt;; patterns such as &lt;code&gt;octane[1-3].corp&lt;/code&gt; or &lt;code&gt;10.0.0.[5-7]&lt;/code&gt; expand to several nodes; &lt;code&gt;#&lt;/code&gt; starts a comment. A CSV text whose first line names the columns (host, address, port, user, auth, keyFile) works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/pastenodesdialog.cpp" line="36"/>
        <source>Add nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/widgets/pastenodesdialog.cpp" line="78"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/widgets/pastenodesdialog.cpp" line="79"/>
        <source>To be added (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
