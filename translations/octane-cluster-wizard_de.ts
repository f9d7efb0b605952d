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
        <source>Distinct machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="15"/>
        <source>No two nodes are the same machine (host key, /etc/machine-id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="16"/>
        <source>Privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="17"/>
        <source>The login user is root or may use sudo without a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="18"/>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="19"/>
        <source>The node runs a supported Linux release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="20"/>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="21"/>
        <source>The node has the documented number of CPU cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="22"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="23"/>
        <source>The node has the documented amount of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="24"/>
        <source>Install disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="25"/>
        <source>The install directory&apos;s file system has enough free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="26"/>
        <source>OCTANE_REPOSITORY_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="27"/>
        <source>OCTANE_REPOSITORY_DIR is set for the install user and names the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="28"/>
        <source>Same repository path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="29"/>
        <source>The repository is at the same path on every node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="30"/>
        <source>Repository mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="31"/>
        <source>The repository directory exists and is a mounted file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="32"/>
        <source>Repository writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="33"/>
        <source>The install user can write to the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="34"/>
        <source>Repository shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="35"/>
        <source>A file written on one node is read on every other node, and back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="36"/>
        <source>Database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="37"/>
        <source>The database server&apos;s name resolves and its port accepts TCP from the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="38"/>
        <source>HTTP ports free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="39"/>
        <source>Ports 8080 and 8443 are free on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="40"/>
        <source>Open files limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="41"/>
        <source>The install user may open enough files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="42"/>
        <source>Time synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="43"/>
        <source>The node&apos;s clock is synchronised (NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="44"/>
        <source>Name resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="45"/>
        <source>The node resolves every node&apos;s name to the same address as the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="46"/>
        <source>Port 5701 between nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="47"/>
        <source>Each node reaches every other node on port 5701 (Hazelcast).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="48"/>
        <source>Clock skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/checkcatalogue.cpp" line="49"/>
        <source>The node&apos;s clock agrees with the workstation&apos;s and the other nodes&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="24"/>
        <source>%1: not checked: the node could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="75"/>
        <source>host key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="77"/>
        <source>machine-id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="82"/>
        <source>%1: a machine of its own (no other node has its host key or machine-id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="90"/>
        <source>%1 and %2 are the same machine (same %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="91"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="92"/>
        <source>List each machine once, by its own address: remove the duplicate entry or correct its address. If these are clones of one image, give each its own identity (a new /etc/machine-id with systemd-machine-id-setup, new host keys with ssh-keygen -A) before installing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="121"/>
        <source>%1: the repository is not at %2, the path the other nodes use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="123"/>
        <source>Mount the shared repository at %1 on %2 (same path on every node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="129"/>
        <source>%1 names the repository %2; the cluster uses %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="130"/>
        <source>Mount the repository at %1 on %2 and set OCTANE_REPOSITORY_DIR=%1 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="136"/>
        <source>%1: the path exists; OCTANE_REPOSITORY_DIR could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="141"/>
        <source>%1 uses the repository at %2, like the other nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="201"/>
        <source>%1 is the only node: nothing to share with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="207"/>
        <source>%1: not checked: the test file is written as %2, which needs sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="214"/>
        <source>%1 could not write a test file to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="215"/>
        <source>Fix repo.writable on %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="234"/>
        <source>%1 shares %2 with every other node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="236"/>
        <source>%1 shares %2 with the cluster (not with %3, which is at fault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="244"/>
        <source>%1 does not share %2 with %3: a file written on one is not seen on the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="246"/>
        <source>Mount the same NFS/SAN export at %1 on %2 as on the other nodes (see: findmnt -T %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="288"/>
        <source>cannot resolve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="290"/>
        <source>resolves %1 to %2, the others to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="296"/>
        <source>%1 resolves every node&apos;s name like the other nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="301"/>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="302"/>
        <source>Correct DNS or /etc/hosts on %1 so that every node name means the same address everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="315"/>
        <source>%1 &lt;-&gt; the other nodes, port %2: not checked: %1 is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="350"/>
        <source>%1 -&gt; %2:%3 not tested: %2 has no tool to listen with (python3, platform-python or perl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="354"/>
        <source>Install python3 on %1, or test by hand: start a listener on port %2 there and connect from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="362"/>
        <source>%1 -&gt; %2:%3 not tested: the test listener on %2 did not start (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="368"/>
        <source>%1 -&gt; %2:%3 not tested: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="377"/>
        <source>%1 reaches %2 on port %3 (already in use there, presumably by Octane).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="381"/>
        <source>%1 reaches %2 on port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="386"/>
        <source>timed out (a firewall drops the packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="388"/>
        <source>refused (a firewall rejects the port, or nothing listens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="390"/>
        <source>no route to host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="392"/>
        <source>answered by something else than the test listener (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="396"/>
        <source>%1 cannot reach %2 on port %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="400"/>
        <source>Open inbound TCP port %1 on %2 for the other nodes (e.g. firewall-cmd --add-port=%1/tcp --permanent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="420"/>
        <source>%1: could not read the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="426"/>
        <source>the workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="445"/>
        <source>%1: clock within %2 ms of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="450"/>
        <source>%1: clock differs by %2 ms from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/clusterevaluator.cpp" line="451"/>
        <source>Synchronise the clocks (chronyd) on every node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="233"/>
        <source>%1: logged in as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="237"/>
        <source>%1: %2 may use sudo without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="242"/>
        <source>%1: %2 may use sudo with a password (given on stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="247"/>
        <source>%1: sudo asks %2 for a password and none was given (or %2 has no sudo rights there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="250"/>
        <source>%1: sudo refused the password of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="252"/>
        <source>Give the sudo password (secret &quot;sudo-password&quot;), or allow %2 NOPASSWD sudo on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="258"/>
        <source>%1: sudo requires a terminal for %2 (Defaults requiretty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="261"/>
        <source>Add &quot;Defaults:%1 !requiretty&quot; with visudo on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="267"/>
        <source>%1: %2 may not use sudo (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="269"/>
        <source>Give %1 sudo rights on %2 (the installation needs them), or log in as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="342"/>
        <source>%1: not checked: runs as %2, which needs sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="370"/>
        <source>%1: cannot run commands as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodecheckjob.cpp" line="373"/>
        <source>Create the install user %1 on %2 (or correct the install user in the profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="41"/>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="42"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="67"/>
        <source>%1: cannot read /etc/os-release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="68"/>
        <source>Make sure the node runs a supported Linux release with /etc/os-release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="76"/>
        <source>%1 runs %2, a supported release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="82"/>
        <source>%1 runs %2, which this Octane release does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="83"/>
        <source>Install the node with one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="94"/>
        <source>%1: cannot count the CPU cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="97"/>
        <source>%1 has %2 CPU cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="101"/>
        <source>%1 has %2 CPU cores; Octane documents at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="105"/>
        <source>Give the node at least %1 cores before production use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="115"/>
        <source>%1: cannot read the memory size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="120"/>
        <source>%1 has %2 of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="123"/>
        <source>%1 has %2 of memory; Octane documents at least 8 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="124"/>
        <source>Give the node at least 8 GB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="137"/>
        <source>%1: cannot read the free space for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="138"/>
        <source>Check that df works on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="145"/>
        <source>%1 has %2 free for %3 (on %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="149"/>
        <source>%1 has only %2 free for %3 (on %4); at least %5 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="151"/>
        <source>Free space on %1 or mount a larger volume there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="163"/>
        <source>%1: the repository %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="164"/>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="194"/>
        <source>Mount the shared repository (NFS or SAN) at %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="171"/>
        <source>%1: cannot tell which file system holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="172"/>
        <source>Check the mount with: findmnt -T %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="182"/>
        <source>%1: %2 is on %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="187"/>
        <source>%1: %2 is a mount of %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="192"/>
        <source>%1: %2 is a plain directory on %3 (%4), not a mounted shared file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="210"/>
        <source>the login environment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="213"/>
        <source>Add OCTANE_REPOSITORY_DIR=%1 to /etc/environment on %2 (the installer fails without it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="218"/>
        <source>%1: OCTANE_REPOSITORY_DIR is not set for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="223"/>
        <source>%1: OCTANE_REPOSITORY_DIR is %2 (in %3), but the repository is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="228"/>
        <source>%1: OCTANE_REPOSITORY_DIR=%2 (in %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="238"/>
        <source>%1: %2 can write to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="241"/>
        <source>%1: %2 cannot write to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="242"/>
        <source>Give %1 read/write access to %2 on %3 (e.g. chown -R %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="257"/>
        <source>%1 cannot resolve the database server %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="258"/>
        <source>Add %1 to DNS or to /etc/hosts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="262"/>
        <source>%1 reaches the database server %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="267"/>
        <source>%1: the connection to the database server %2 (%3) timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="269"/>
        <source>A firewall drops traffic from %1 to %2: open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="275"/>
        <source>%1: the database server %2 (%3) refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="277"/>
        <source>Check that the database listens on port %1 and that no firewall rejects %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="284"/>
        <source>%1 cannot connect to the database server %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="285"/>
        <source>Check routing and firewalls between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="319"/>
        <source>%1: ports %2 are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="324"/>
        <source>%1: something already listens on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="325"/>
        <source>Stop the service that uses the port (see: ss -ltnp) on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="334"/>
        <source>Add &quot;%1 hard nofile %2&quot; and &quot;%1 soft nofile %2&quot; to /etc/security/limits.conf on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="343"/>
        <source>%1: %2 may open %3 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="348"/>
        <source>%1: cannot read the open-files limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="351"/>
        <source>%1: %2 may open only %3 files; Octane needs %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="363"/>
        <source>%1: the clock is synchronised (systemd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="366"/>
        <source>%1: the clock is synchronised (chrony).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="369"/>
        <source>%1: the clock is synchronised (ntpd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="372"/>
        <source>%1: no synchronised time service found (chrony, ntpd, systemd-timesyncd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/nodeevaluator.cpp" line="374"/>
        <source>Enable chronyd on %1: cluster members need agreeing clocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/requirements.cpp" line="28"/>
        <source>The release definition has no &quot;requirements&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/requirements.cpp" line="39"/>
        <source>requirements.supportedOs: an entry has no &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/requirements.cpp" line="74"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="1116"/>
        <source>Unknown release &quot;%1&quot;: no release definition %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/requirements.cpp" line="76"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="1118"/>
        <source>Use &quot;octane-current&quot; or the path of a release definition file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/checks/requirements.cpp" line="82"/>
        <source>The release definition %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="97"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="99"/>
        <location filename="../app/core/cli/installcommand.cpp" line="77"/>
        <location filename="../app/core/cli/plancommand.cpp" line="48"/>
        <location filename="../app/core/cli/storesecretscommand.cpp" line="38"/>
        <source>--profile FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="112"/>
        <source>--concurrency: &quot;%1&quot; is not a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="144"/>
        <source>%1: the key file %2 of %3 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="174"/>
        <source>missing secret &quot;%1&quot; (%2): store it in the keychain, or give it on stdin as %1=... (or %3=...) with --secrets-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="206"/>
        <source>fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="234"/>
        <location filename="../app/core/cli/installcommand.cpp" line="207"/>
        <source>Cannot write the JSON report to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="252"/>
        <source>%1 nodes, %2 results in %3 ms: %4 passed, %5 warnings, %6 failed (%7 blocking), %8 skipped%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/checkcommand.cpp" line="262"/>
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
        <location filename="../app/core/model/releasedefinition.cpp" line="204"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="260"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="940"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="43"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="376"/>
        <source>must be a port number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="60"/>
        <location filename="../app/core/model/nodelistparser.cpp" line="120"/>
        <source>&quot;%1&quot; is not one of key, password, keyboard-interactive, agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="199"/>
        <source>is missing; this file is not a cluster profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="203"/>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="228"/>
        <source>must be &quot;http&quot; or &quot;https&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="234"/>
        <source>must be a list of {&quot;host&quot;, &quot;sha256&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="239"/>
        <source>must be an object with &quot;host&quot; and &quot;sha256&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="251"/>
        <source>is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="260"/>
        <source>must be a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="268"/>
        <source>must be a number of seconds from 10 to 7200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="275"/>
        <location filename="../app/core/model/clusterprofile.cpp" line="336"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="242"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="506"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="584"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="624"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="686"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="294"/>
        <source>must be a list of nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="299"/>
        <location filename="../app/core/model/profilevalidator.cpp" line="101"/>
        <source>%1 nodes are listed; at most %2 are supported. Remove the nodes that are not part of this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="325"/>
        <source>must be an object with a &quot;host&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="328"/>
        <location filename="../app/core/model/nodepattern.cpp" line="87"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="350"/>
        <source>must be an object of octane.conf settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="356"/>
        <source>&quot;%1&quot; is not one of the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="366"/>
        <source>Cannot read the profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/clusterprofile.cpp" line="372"/>
        <source>The profile %1 is not valid JSON (offset %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/storesecretscommand.cpp" line="52"/>
        <source>no name=value line on the standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/storesecretscommand.cpp" line="61"/>
        <source>%1: %2 is not a secret octane.conf setting of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/storesecretscommand.cpp" line="69"/>
        <source>%1: not a secret name (%2, each optionally @node, or conf:&lt;setting&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/storesecretscommand.cpp" line="73"/>
        <source>%1: %2 is not a node of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/storesecretscommand.cpp" line="75"/>
        <source>%1: the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/storesecretscommand.cpp" line="83"/>
        <location filename="../app/core/model/clusterprofile.cpp" line="380"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/storesecretscommand.cpp" line="84"/>
        <source>stored %1 for %2</source>
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
        <location filename="../app/core/model/nodelistparser.cpp" line="46"/>
        <source>&quot;%1&quot;: unexpected text after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="55"/>
        <source>&quot;%1&quot;: the port &quot;%2&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="60"/>
        <source>&quot;%1&quot; has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="111"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="128"/>
        <source>unknown column &quot;%1&quot; (known: host, address, port, user, auth, keyFile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="134"/>
        <source>the host column is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodelistparser.cpp" line="202"/>
        <location filename="../app/core/ssh/fileuploader.cpp" line="738"/>
        <location filename="../app/core/ssh/fileuploader.cpp" line="750"/>
        <location filename="../app/core/ssh/fileuploader.cpp" line="774"/>
        <location filename="../app/core/ssh/fileuploader.cpp" line="786"/>
        <location filename="../app/core/ssh/fileuploader.cpp" line="802"/>
        <location filename="../app/core/ssh/fileuploader.cpp" line="904"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodepattern.cpp" line="13"/>
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
        <location filename="../app/core/model/nodepattern.cpp" line="35"/>
        <location filename="../app/core/model/nodepattern.cpp" line="77"/>
        <source>expands to more than %1 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodepattern.cpp" line="61"/>
        <location filename="../app/core/model/nodepattern.cpp" line="68"/>
        <source>a &quot;]&quot; has no matching &quot;[&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/nodepattern.cpp" line="71"/>
        <source>a &quot;[&quot; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="54"/>
        <source>Enter a host name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="57"/>
        <source>&quot;%1&quot; contains a line break or another control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="59"/>
        <source>Remove the blanks around the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="64"/>
        <source>&quot;%1&quot; is not a valid IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="66"/>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="68"/>
        <source>&quot;%1&quot;: host names may not contain &quot;_&quot; (RFC 1123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="69"/>
        <source>&quot;%1&quot; is not a valid host name: use letters, digits, &quot;-&quot; and &quot;.&quot;; no label may start or end with &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="96"/>
        <source>Add at least one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="120"/>
        <source>&quot;%1&quot; is already node %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="135"/>
        <source>%1 is also the address of %2 (%3): the same machine twice. Give %4 its own address, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="144"/>
        <source>&quot;%1&quot; is a loopback name: the other nodes cannot reach this node by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="155"/>
        <source>Enter the SSH user for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="159"/>
        <source>Choose the private key file for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="162"/>
        <source>The key file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="167"/>
        <source>&quot;%1&quot; is not one of the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="170"/>
        <location filename="../app/core/model/profilevalidator.cpp" line="185"/>
        <source>Enter a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="175"/>
        <source>Enter the database server every node connects to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="180"/>
        <source>&quot;%1&quot; is a loopback name: in a cluster every node must reach the database server by a name that means the same machine on all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="189"/>
        <source>Enter the shared repository path (OCTANE_REPOSITORY_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="192"/>
        <source>The repository path must be absolute, e.g. /mnt/octane-repo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="195"/>
        <source>The repository path may not contain a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="203"/>
        <source>Enter a URL such as http://octane-lb.corp:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="206"/>
        <source>Enter the install user (usually octane).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/profilevalidator.cpp" line="235"/>
        <source>%1 leads to %2, like %3 (%4): the same machine twice. Give %5 its own address, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="99"/>
        <source>Octane cluster installation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="100"/>
        <source>Octane cluster pre-flight report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="128"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="130"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="132"/>
        <source>%1 passed, %2 warnings, %3 failed (%4 blocking), %5 skipped%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="138"/>
        <source> - interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="144"/>
        <source>Sent from the workstation: %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="146"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="153"/>
        <source>, warning only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="180"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="187"/>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/report/checkreport.cpp" line="194"/>
        <source>Commands and output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/hostkeyscanner.cpp" line="194"/>
        <source>%1: the host key %2 %3 is trusted (%4 line %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/hostkeyscanner.cpp" line="223"/>
        <source>%1: the host key %2 is %3 and cannot be trusted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/hostkeyscanner.cpp" line="225"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/hostkeyscanner.cpp" line="226"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/hostkeyscanner.cpp" line="234"/>
        <source>%1: the host key could not be saved to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/hostkeyscanner.cpp" line="237"/>
        <source>Check that the directory %1 is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/sshconnector.cpp" line="60"/>
        <source>%1: not checked: no SSH connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/sshconnector.cpp" line="75"/>
        <source>%1: connected, but not logged in: the host key is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/sshconnector.cpp" line="80"/>
        <source>%1: the host key %2 is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/sshconnector.cpp" line="95"/>
        <source>%1: logged in as %2 (%3) in %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/secretresolver.cpp" line="24"/>
        <source>SSH password of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/secretresolver.cpp" line="27"/>
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
        <location filename="../app/core/secrets/secretstore.cpp" line="70"/>
        <source>The secret &quot;%1&quot; is not in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/secretstore.cpp" line="97"/>
        <source>The secret is kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/secretstore.cpp" line="128"/>
        <location filename="../app/core/secrets/secretstore.cpp" line="147"/>
        <source>The keychain did not answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/knownhosts.cpp" line="73"/>
        <location filename="../app/core/ssh/knownhosts.cpp" line="301"/>
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
        <location filename="../app/core/ssh/platformsocket.cpp" line="125"/>
        <source>%1: no host name or address is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="184"/>
        <source>%1: cancelled while resolving %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="190"/>
        <source>%1: resolving the name %2 took longer than %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="193"/>
        <source>Check the DNS server, or put the node in /etc/hosts (with an IPv6 line too, or the AAAA query may stall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="206"/>
        <source>%1: the name %2 could not be resolved now (temporary DNS failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="209"/>
        <source>Check the DNS server and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="213"/>
        <source>%1: the name %2 does not resolve to an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="214"/>
        <source>Check the spelling, the DNS entry or /etc/hosts, or give the IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="220"/>
        <source>%1: the name %2 has no IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="276"/>
        <source>%1: cancelled while connecting to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="324"/>
        <source>%1: connection to %2 timed out after %3 s — is the node up and port %4 open in its firewall?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="329"/>
        <source>Check that the node is running and that no firewall drops port %1; a slow network may need a longer connect timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="347"/>
        <source>%1: connection to %2 refused — is sshd running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="349"/>
        <source>Start sshd on the node (systemctl start sshd) or check the SSH port in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="355"/>
        <source>%1: %2 is unreachable (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="356"/>
        <source>Check the address and the network route to the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/platformsocket.cpp" line="360"/>
        <source>%1: connection to %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="267"/>
        <source>%1: cancelled while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="271"/>
        <source>%1: timed out after %2 s while %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="278"/>
        <source>%1: the connection failed while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="312"/>
        <source>%1: the SSH server offers only an RSA host key, which this program&apos;s SSH library (libssh2 1.10) can check only with SHA-1 (ssh-rsa), and OpenSSH 8.8 and later refuse SHA-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="317"/>
        <source>Give the server an ed25519 host key: as root run `ssh-keygen -A` (creates /etc/ssh/ssh_host_ed25519_key if missing), make sure sshd_config loads it (HostKey /etc/ssh/ssh_host_ed25519_key) and restart sshd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="324"/>
        <source>%1: SSH key exchange failed — the server and this program have no algorithm in common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="334"/>
        <source>%1: the service at %2 port %3 does not speak SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="339"/>
        <source>Check the SSH port in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="342"/>
        <source>%1: the server closed the connection during the SSH handshake after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="346"/>
        <source>Check the server&apos;s sshd log; sshd may refuse this client (TCP wrappers, MaxStartups, AllowUsers/DenyUsers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="349"/>
        <source>%1: the SSH handshake failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="357"/>
        <source>%1: the server refused %2 login for %3@%1 (it accepts: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="366"/>
        <source>%1: %2 is an RSA key, which this program&apos;s SSH library (libssh2 1.10) can sign only with SHA-1 (ssh-rsa), and the server (OpenSSH 8.8 or later) refuses SHA-1 signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="371"/>
        <source>Use an ed25519 key instead (ssh-keygen -t ed25519) and add its .pub line to ~/.ssh/authorized_keys of %1 on the node; the wizard can install one for you through a single password login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="474"/>
        <source>%1: the SSH library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="491"/>
        <source>%1: the SSH library could not create a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="525"/>
        <source>%1: the SSH server at %2 accepted the connection but did not finish the SSH handshake within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="529"/>
        <source>The server may be overloaded or sshd may be stuck; check its log, or raise the connect timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="532"/>
        <source>starting the SSH session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="551"/>
        <source>%1: the server sent no host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="567"/>
        <source>%1: host key check before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="594"/>
        <source>%1: the node&apos;s host key is not known yet (%2 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="597"/>
        <source>Compare the fingerprint with the output of `ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub` on the node before you accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="616"/>
        <source>%1: the node&apos;s host key %2 is marked @revoked in %3 line %4; refusing to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="621"/>
        <source>Give the node a new host key (as root: remove /etc/ssh/ssh_host_*_key*, run `ssh-keygen -A`, restart sshd), then accept the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="626"/>
        <source>%1: the node&apos;s host key has CHANGED — it is now %2 but %3 line %4 has %5; refusing to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="632"/>
        <source>If the server was reinstalled, remove line %1 of %2 with `%3` and connect again to accept the new key; otherwise someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="644"/>
        <source>%1: login attempted before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="648"/>
        <source>%1: login attempted before the host key was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="654"/>
        <source>%1: no SSH user name is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="675"/>
        <location filename="../app/core/ssh/sshsession.cpp" line="747"/>
        <location filename="../app/core/ssh/sshsession.cpp" line="789"/>
        <location filename="../app/core/ssh/sshsession.cpp" line="866"/>
        <location filename="../app/core/ssh/sshsession.cpp" line="959"/>
        <source>logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="683"/>
        <source>%1: the server did not say which login methods it accepts for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="725"/>
        <location filename="../app/core/ssh/sshsession.cpp" line="766"/>
        <source>%1: no password is set for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="729"/>
        <source>Use a method the server accepts, or enable PasswordAuthentication in the node&apos;s sshd_config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="753"/>
        <source>%1: the password of %2@%1 has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="755"/>
        <source>Log in once with ssh and set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="758"/>
        <location filename="../app/core/ssh/sshsession.cpp" line="799"/>
        <source>Check the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="770"/>
        <source>Use a method the server accepts, or enable KbdInteractiveAuthentication in the node&apos;s sshd_config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="795"/>
        <source>The server asked no question (sshd without PAM cannot do keyboard-interactive); use password login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="808"/>
        <source>%1: no private key file is set for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="812"/>
        <source>%1: the key file %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="817"/>
        <source>%1: the key file %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="823"/>
        <source>%1: %2 is a public key; choose the private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="824"/>
        <source>The private key is usually the same name without .pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="828"/>
        <source>%1: the key file %2 is protected by a passphrase, and none is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="834"/>
        <location filename="../app/core/ssh/sshsession.cpp" line="901"/>
        <source>Use a method the server accepts, or enable PubkeyAuthentication in the node&apos;s sshd_config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="880"/>
        <source>%1: the key file %2 could not be opened — the passphrase is wrong or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="882"/>
        <source>%1: the key file %2 could not be read as a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="885"/>
        <source>Check the passphrase; keys must be OpenSSH or PEM private keys (ed25519 or ecdsa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="889"/>
        <source>the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="891"/>
        <source>Add the public key (%1.pub) to ~/.ssh/authorized_keys of %2 on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="907"/>
        <source>%1: could not set up ssh-agent access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="926"/>
        <source>%1: no ssh-agent is reachable for %2@%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="929"/>
        <source>Start ssh-agent and add your key with ssh-add, or choose a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="936"/>
        <source>%1: ssh-agent did not list its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="965"/>
        <source>%1: ssh-agent holds no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="966"/>
        <source>Add your key with ssh-add, or choose a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="969"/>
        <source>every key in ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="971"/>
        <source>None of the %1 keys in ssh-agent is in ~/.ssh/authorized_keys of %2 on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1014"/>
        <source>%1: a streamed command without an input source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1030"/>
        <source>%1: no open SSH session to run a command in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1033"/>
        <source>%1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1036"/>
        <source>%1: the SSH session stopped answering after an interrupted command; it must be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1062"/>
        <source>running `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1092"/>
        <source>%1: the server refused to open a channel for a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1093"/>
        <source>Check MaxSessions in the node&apos;s sshd_config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1118"/>
        <source>%1: the server refused to run a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1235"/>
        <source>%1: the connection broke while running a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/sshsession.cpp" line="1262"/>
        <source>%1: the server accepted no data for %2 s while running `%3`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installcommand.cpp" line="80"/>
        <source>--phase is required (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installcommand.cpp" line="84"/>
        <source>--phase: &quot;%1&quot; is not a phase this version installs (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installcommand.cpp" line="88"/>
        <location filename="../app/core/cli/plancommand.cpp" line="56"/>
        <source>--delivery: &quot;%1&quot; is not upload or share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installcommand.cpp" line="93"/>
        <source>--concurrency: &quot;%1&quot; is not a number from 1 to 128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installcommand.cpp" line="97"/>
        <source>--ready-timeout: &quot;%1&quot; is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installcommand.cpp" line="109"/>
        <source>--only: &quot;%1&quot; is not a node of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installcommand.cpp" line="113"/>
        <source>--trust-certificate: &quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installcommand.cpp" line="194"/>
        <source>Sent from this workstation: %1 bytes in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installinputs.cpp" line="42"/>
        <source>%1: octaneConf.%2: a secret may not be stored in the profile; give it as conf:%2 in the keychain or on stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installinputs.cpp" line="49"/>
        <source>--package FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installinputs.cpp" line="54"/>
        <source>cannot read the package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installinputs.cpp" line="58"/>
        <source>the package %1 is not of a kind the release %2 installs (rpm, tar.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installinputs.cpp" line="99"/>
        <source>missing secret &quot;%1&quot; (%2): store it in the keychain, or give it on stdin as %1=... with --secrets-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installinputs.cpp" line="111"/>
        <source>missing secret &quot;%1&quot; (octane.conf setting %2): store it in the keychain, or give it on stdin as %1=... with --secrets-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/plancommand.cpp" line="94"/>
        <source>Cannot write the plan to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/plancommand.cpp" line="51"/>
        <source>--phase: &quot;%1&quot; is not a phase this version can plan (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/plancommand.cpp" line="108"/>
        <source>Plan of the %1 installation (nothing was changed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/plancommand.cpp" line="109"/>
        <source>Package delivery: %1; up to %2 nodes at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/plancommand.cpp" line="111"/>
        <source>staged once in the shared repository, copied by each node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/plancommand.cpp" line="112"/>
        <source>uploaded from this workstation to each node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/plancommand.cpp" line="118"/>
        <source>On the other nodes no configuration file is written and no script is run: they read %1/conf/octane.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/plancommand.cpp" line="124"/>
        <source>octane.conf as it would be written on a node without one (secrets masked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/plancommand.cpp" line="128"/>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="42"/>
        <location filename="../app/core/config/confvalidator.cpp" line="246"/>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="114"/>
        <source>Write a single text value, not a list or an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="126"/>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="140"/>
        <source>Enter true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="145"/>
        <source>Write a list, for example [&quot;octane1.example.com&quot;, &quot;octane2.example.com&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="154"/>
        <source>Each item of the list must be a single text value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/config/confvalidator.cpp" line="198"/>
        <source>at least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="204"/>
        <source>a capital letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="206"/>
        <source>a lower-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="209"/>
        <source>a digit or a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="212"/>
        <source>The password needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="226"/>
        <source>jdbc:oracle:thin:@//host:port/service or jdbc:oracle:thin:@host:port:sid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="228"/>
        <source>A JDBC connection string starts with &quot;jdbc:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="232"/>
        <source>Remove the blanks from the connection string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="239"/>
        <source>The database server &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="261"/>
        <location filename="../app/core/config/confvalidator.cpp" line="308"/>
        <source>An Oracle connection string has the form %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="268"/>
        <source>The parentheses of the Oracle descriptor do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="288"/>
        <source>The Oracle descriptor needs (HOST=...) and (SERVICE_NAME=...) or (SID=...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="322"/>
        <source>jdbc:sqlserver://host:port;databaseName=name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="329"/>
        <source>A SQL Server connection string has the form %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="342"/>
        <source>&quot;%1&quot; is not a property of the form name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="353"/>
        <source>The SQL Server connection string needs databaseName=..., as in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="361"/>
        <source>Use Oracle&apos;s thin driver: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="364"/>
        <source>Only Oracle (jdbc:oracle:thin:) and SQL Server (jdbc:sqlserver://) connection strings are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="375"/>
        <source>Use one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="376"/>
        <source>&quot;%1&quot; is not allowed; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="388"/>
        <source>The value does not have the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="390"/>
        <source>&quot;%1&quot; does not have the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="396"/>
        <source>Enter a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="403"/>
        <source>Enter an e-mail address, such as admin@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="416"/>
        <source>This release does not support %1 databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="432"/>
        <source>Use English letters, digits and symbols only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="433"/>
        <source>&quot;%1&quot; has characters other than English letters, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="455"/>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="497"/>
        <source>This setting is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="499"/>
        <source>This setting is required in a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="501"/>
        <source>This setting is required for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="532"/>
        <source>This is a connection string for %1, but %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="544"/>
        <source>The connection string names the database server %1, but the profile&apos;s database server is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="553"/>
        <source>%1 names the local machine; in a cluster every node must reach the database server by a name they all resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="577"/>
        <source>The first node %1 must be in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="582"/>
        <source>%1, a node of the cluster, is missing from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="586"/>
        <source>%1 is not a node of this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="588"/>
        <source>%1 names the local machine; list the nodes by names the other nodes resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="596"/>
        <source>List every node of the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="604"/>
        <source>The repository folder must be the shared repository of the profile, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="611"/>
        <source>%1 names the local machine; every node must reach Elasticsearch directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/confvalidator.cpp" line="618"/>
        <source>The HTTPS port must differ from the HTTP port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hazelcastxml.cpp" line="122"/>
        <source>%1, line %2, column %3: not valid XML: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hazelcastxml.cpp" line="181"/>
        <source>On %1 the members of hazelcast.xml equal the nodes of octane.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hazelcastxml.cpp" line="184"/>
        <source>On %1 hazelcast.xml lacks %2, listed in octane.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hazelcastxml.cpp" line="188"/>
        <source>On %1 hazelcast.xml lists %2, which octane.conf does not name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hazelcastxml.cpp" line="191"/>
        <source>On %1 hazelcast.xml lacks %2, listed in octane.conf, and lists %3, which octane.conf does not name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="252"/>
        <source>nothing may follow the closing &apos;}&apos; of the root object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="265"/>
        <source>this &apos;{&apos; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="272"/>
        <source>&apos;}&apos; without a matching &apos;{&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="275"/>
        <location filename="../app/core/config/hoconfile.cpp" line="515"/>
        <source>unexpected &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="287"/>
        <source>expected a new line or &apos;,&apos; after the value, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="321"/>
        <source>expected &apos;=&apos;, &apos;:&apos; or &apos;{&apos; after the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="328"/>
        <source>expected a value for the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="380"/>
        <source>expected a quoted file name after include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="387"/>
        <source>expected &apos;)&apos; to close the include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="413"/>
        <source>a key cannot be a triple-quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="423"/>
        <source>empty name in the key (two dots, or a dot at its start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="458"/>
        <source>expected a key, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="459"/>
        <source>expected a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="461"/>
        <source>a key must not end with &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="508"/>
        <source>this &apos;[&apos; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="526"/>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="585"/>
        <source>unexpected %1 in a value (quote the value if it contains it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="592"/>
        <source>expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="661"/>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="667"/>
        <source>unknown escape \%1 in a quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="675"/>
        <source>this quoted string is not closed on its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="683"/>
        <source>this triple-quoted string is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="707"/>
        <source>this substitution is not closed with &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="800"/>
        <source>%1, line %2, column %3: the file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="821"/>
        <source>%1, line %2, column %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="826"/>
        <source>Correct the file at that position (HOCON syntax).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="835"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="1086"/>
        <source>The edited configuration would not be valid; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="1098"/>
        <location filename="../app/core/config/hoconfile.cpp" line="1303"/>
        <source>&quot;%1&quot; is not a valid key path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="1102"/>
        <source>%1: only strings, numbers, booleans, lists and null can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/hoconfile.cpp" line="1145"/>
        <source>%1 is an object in %2; set its keys one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="178"/>
        <source>&quot;%1&quot; is not a server address: use http://host:8080 or https://host:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="288"/>
        <location filename="../app/core/http/signinclient.cpp" line="302"/>
        <source>%1: sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="304"/>
        <source>%1: no answer within %2 s while %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="309"/>
        <source>Check that the server is running and that nothing blocks the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="314"/>
        <source>%1: the connection was refused — no server listens there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="315"/>
        <source>Check the port (8080 for HTTP, 8443 for HTTPS) and that the Octane service runs on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="320"/>
        <source>%1: the name %2 could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="326"/>
        <source>%1: the server&apos;s certificate is not trusted (%2). SHA-256 fingerprint: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="332"/>
        <source>Compare the fingerprint with the server&apos;s certificate (openssl x509 -noout -fingerprint -sha256 -in cert.pem) and trust it only if they are equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="337"/>
        <source>%1: the TLS handshake failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="339"/>
        <source>Check that the port speaks HTTPS (8443), or use http:// for port 8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="344"/>
        <source>%1: the server closed the connection while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="345"/>
        <source>If the server speaks HTTPS on this port, use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="351"/>
        <source>%1: the request failed while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="371"/>
        <source>signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="371"/>
        <source>reading the server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="382"/>
        <source>%1: the server redirects to %2 (HTTP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="383"/>
        <source>another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="386"/>
        <source>Use the address the server redirects to (Octane redirects to HTTPS when HTTPS is forced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="392"/>
        <source>%1: the server is still starting (HTTP 503).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="393"/>
        <source>Try again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="402"/>
        <source>%1: wrong user or password (HTTP %2) for user &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="407"/>
        <source>Use the site admin user and password given at installation (octane.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="413"/>
        <source>%1: sign-in failed with HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="425"/>
        <source>%1: the server accepted the sign-in but set no %2 cookie; is this an Octane server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="437"/>
        <source>%1: signed in, but reading the server version failed with HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="460"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="460"/>
        <source>no &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="463"/>
        <source>%1: the server&apos;s version answer is not valid (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/http/signinclient.cpp" line="464"/>
        <source>Check that this address is an Octane server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="193"/>
        <source>unknown key (expected one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="209"/>
        <source>an unconfirmed fact needs a source note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="238"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="255"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="297"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="393"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="607"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="616"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="679"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="264"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="284"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="272"/>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="279"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="634"/>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="306"/>
        <source>must contain {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="318"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="977"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="335"/>
        <source>unknown placeholder {%1} (allowed here: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="336"/>
        <location filename="../app/core/run/othernodesconfig.cpp" line="98"/>
        <location filename="../app/core/run/othernodesconfig.cpp" line="103"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="355"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="406"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="461"/>
        <source>must be an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="365"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="872"/>
        <source>not a valid regular expression: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="396"/>
        <source>unsupported version (this program reads version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="402"/>
        <source>use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="410"/>
        <source>not a valid Linux user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="458"/>
        <source>not a valid environment variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="467"/>
        <source>must contain {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="497"/>
        <source>must name at least one package kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="522"/>
        <source>%1 must start with &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="525"/>
        <source>%1 belongs to two package kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="577"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="590"/>
        <source>duplicate id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="616"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="679"/>
        <source>must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="638"/>
        <source>duplicate value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="644"/>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="664"/>
        <source>unsupported format %1 (this program writes hocon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="672"/>
        <source>must be an octal file mode such as &quot;0600&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="694"/>
        <source>%1 is already defined by config.keys[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="703"/>
        <source>%1 and %2 (config.keys[%3]) cannot both be values: one is inside the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="727"/>
        <source>%1 is not a key path (names of letters, digits, &apos;-&apos; and &apos;_&apos; joined by &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="745"/>
        <source>unknown type %1 (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="768"/>
        <source>%1 is not a value of &quot;databases&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="773"/>
        <source>must be true, false, &quot;cluster&quot; or {&quot;dbType&quot;: [database types]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="779"/>
        <source>a key of type secret is always secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="785"/>
        <source>values must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="787"/>
        <source>only a key of type enum has values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="811"/>
        <source>unknown role %1 (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="818"/>
        <source>missing: say whether the public documentation confirms this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="835"/>
        <source>must be an array of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="852"/>
        <source>unknown rule %1 (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="884"/>
        <location filename="../app/core/model/releasedefinition.cpp" line="886"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="890"/>
        <source>min is greater than max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="906"/>
        <source>must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="921"/>
        <source>rule %1 does not apply to a key of type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="933"/>
        <source>a secret has no default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="944"/>
        <source>%1 is not one of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="953"/>
        <source>%1 does not match the key&apos;s pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="962"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="968"/>
        <source>%1 is outside %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="999"/>
        <source>role %1 is already given to config.keys[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="1029"/>
        <source>the connectionString key needs the jdbc rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="1035"/>
        <source>role %1 needs a key of type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="1043"/>
        <source>no key has the role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="1055"/>
        <source>must equal the values of &quot;databases&quot; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="1075"/>
        <source>must equal ports.cluster (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="1083"/>
        <source>must equal [ports.http, ports.https]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="1098"/>
        <source>The release definition %1 is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="1101"/>
        <source>Correct the release definition file (each line of the details names a JSON path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="1127"/>
        <source>The release definition %1 is not valid JSON: %2 (line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/model/releasedefinition.cpp" line="1128"/>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/confrenderer.cpp" line="51"/>
        <source>The octane.conf on %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/confrenderer.cpp" line="53"/>
        <source>Correct the file by hand, or move it away so that a new one is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/noderunner.cpp" line="80"/>
        <source>%1: not run: cancelled before it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/noderunner.cpp" line="90"/>
        <source>%1: cancelled during this step (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryenvstep.cpp" line="51"/>
        <source>Nothing else was changed on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="99"/>
        <source>What was sent stays in %1.part and the next run resumes it; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="56"/>
        <source>The package may be partly installed; the next run checks the package database and the files before doing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="65"/>
        <source>%1 is either the old file or the new one, never a mix (it is replaced by an atomic rename); the server was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/startservicestep.cpp" line="51"/>
        <source>The service may have been started; the next run sees whether it runs and does not start it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/signinstep.cpp" line="68"/>
        <location filename="../app/core/plan/steps/waitreadystep.cpp" line="53"/>
        <source>Octane was started and keeps running on %1 (stop it with systemctl stop, or run again to wait for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/noderunner.cpp" line="81"/>
        <source>Nothing was changed by this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/validateconfstep.cpp" line="16"/>
        <source>Settings check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/validateconfstep.cpp" line="21"/>
        <source>Checking the octane.conf settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/validateconfstep.cpp" line="26"/>
        <source>Checks the octane.conf settings against the release&apos;s rules before anything is written anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/validateconfstep.cpp" line="37"/>
        <source>always runs (it reads nothing on the node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/validateconfstep.cpp" line="62"/>
        <source>octane.conf is not valid; nothing was changed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/validateconfstep.cpp" line="64"/>
        <source>Correct the settings named above (the server refuses to start with them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/validateconfstep.cpp" line="67"/>
        <source>octane.conf settings are valid for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/privilegestep.cpp" line="15"/>
        <source>Root privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/privilegestep.cpp" line="20"/>
        <source>Checking root privilege…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/privilegestep.cpp" line="25"/>
        <source>Finds how the login user runs commands as root (root, sudo, or sudo with the password on stdin) and the home folder where the package is staged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/privilegestep.cpp" line="44"/>
        <source>password on stdin; only when sudo asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/privilegestep.cpp" line="49"/>
        <source>Nothing was changed on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/privilegestep.cpp" line="81"/>
        <source>%1: the installation needs root, and %2 cannot use sudo here (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/privilegestep.cpp" line="89"/>
        <source>%1: the login user %2 has no usable home folder (HOME is &quot;%3&quot;); the package is staged there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/privilegestep.cpp" line="92"/>
        <source>Give %1 a home folder on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/nodeconfcomparison.cpp" line="44"/>
        <location filename="../app/core/plan/steps/privilegestep.cpp" line="84"/>
        <source>Give the login user sudo rights (or the sudo password), or log in as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/privilegestep.cpp" line="97"/>
        <source>%1: root through %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryenvstep.cpp" line="20"/>
        <source>Checking OCTANE_REPOSITORY_DIR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryenvstep.cpp" line="26"/>
        <source>Checks that OCTANE_REPOSITORY_DIR is set; sets it when missing (you agreed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryenvstep.cpp" line="28"/>
        <source>Checks that OCTANE_REPOSITORY_DIR is set; stops when it is missing (agree to let the wizard set it: --set-repository-env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryenvstep.cpp" line="39"/>
        <source>the variable is already in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryenvstep.cpp" line="46"/>
        <source>only when missing and agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryenvstep.cpp" line="62"/>
        <source>%1: %2 is set in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryenvstep.cpp" line="64"/>
        <source>%1: %2 is not set in %3; the installation fails without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryenvstep.cpp" line="66"/>
        <source>Agree to set it (the wizard asks; headless: --set-repository-env), or add %1 to %2 yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryenvstep.cpp" line="72"/>
        <source>%1: could not add %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryenvstep.cpp" line="73"/>
        <source>%1: %2 added to %3 (as you agreed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="37"/>
        <source>Uploading the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="42"/>
        <source>Uploads %1 (%2 bytes, SHA-256 %3) from the workstation into %4, private to the login user; resumable, verified on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="46"/>
        <source>computed while sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="57"/>
        <source>the staged package is there with the same SHA-256 (a .part is resumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="74"/>
        <source>creates the folder 0700; refused unless it is the login user&apos;s, not writable by others, not a symlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="76"/>
        <source>the package&apos;s bytes on stdin, hashed as they are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="77"/>
        <source>compares the SHA-256, sets the mode, renames into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="79"/>
        <source>installed already? then nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="113"/>
        <source>%1: Octane is installed already (%2): the package is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="119"/>
        <source>Uploading %1 of %2 (%3/s, %4 s left)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="126"/>
        <source>Verifying the package on the node (SHA-256)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="138"/>
        <source>already there, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="140"/>
        <source>resumed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="141"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="144"/>
        <source>%1: package uploaded to %2 (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="22"/>
        <source>Installing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="27"/>
        <source>Installs the package with the release&apos;s %1 command unless it is already installed: from a copy in a fresh folder only root can enter, whose SHA-256 is compared right before; then removes the staged package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="40"/>
        <source>the package database (or the unpacked tree) says it is installed and the tree is whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="49"/>
        <source>only when installed already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="51"/>
        <source>after a successful install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="75"/>
        <source>The release %1 does not know how to install %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="77"/>
        <source>Use a package of a kind the release definition lists (rpm, tar.gz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="88"/>
        <source>%1: the package database says Octane is installed (%2), but %3 is incomplete: the installation is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="92"/>
        <source>Remove the package (e.g. rpm -e octane) and run this step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="96"/>
        <source>%1: already installed (%2); not installed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="98"/>
        <source>unpacked in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="103"/>
        <source>%1: the package&apos;s SHA-256 is not known; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="108"/>
        <source>%1: %2 changed after it was verified; it was not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="110"/>
        <source>Someone with access to %1 on %2 altered it: find out who, then run again (the package is staged anew).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="116"/>
        <source>%1: the installation failed (exit %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="121"/>
        <source>Set OCTANE_REPOSITORY_DIR in /etc/environment and create the repository directory first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="123"/>
        <source>See the output above; fix the cause and run the step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="130"/>
        <source>note: %1 could not be removed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="131"/>
        <source>%1: package installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="25"/>
        <source>Writing octane.conf…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/nodeconfcomparison.cpp" line="66"/>
        <location filename="../app/core/plan/steps/repositoryconfstep.cpp" line="82"/>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="91"/>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="101"/>
        <source>%1: %2 already has these settings; not rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="109"/>
        <source>%1: could not back up %2; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="110"/>
        <source>, backup %1.%2.bak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="117"/>
        <location filename="../app/core/ssh/fileuploader.cpp" line="435"/>
        <source>%1: writing %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="119"/>
        <source>Free space on the install file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="128"/>
        <source>%1: %2 written (%3 changed: %4%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/startservicestep.cpp" line="20"/>
        <source>Starting Octane…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/startservicestep.cpp" line="27"/>
        <source>Starts the server on this node, unless it already runs; it reads its configuration from the shared repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/startservicestep.cpp" line="38"/>
        <source>the service is active (then it is not started twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/startservicestep.cpp" line="45"/>
        <source>where the new log lines will start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/startservicestep.cpp" line="61"/>
        <source>%1: Octane is already running; not started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/startservicestep.cpp" line="70"/>
        <source>%1: systemctl start failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/startservicestep.cpp" line="73"/>
        <source>%1: Octane started (first node only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/startservicestep.cpp" line="74"/>
        <source>%1: Octane started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/waitreadystep.cpp" line="24"/>
        <source>Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/waitreadystep.cpp" line="29"/>
        <source>Follows the log until the ready line, a known failure line, or the timeout (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/waitreadystep.cpp" line="41"/>
        <source>a running server&apos;s log already holds its ready line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/waitreadystep.cpp" line="48"/>
        <source>repeated from the last offset read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/waitreadystep.cpp" line="93"/>
        <source>Warning from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/waitreadystep.cpp" line="97"/>
        <source>%1: the server failed: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/waitreadystep.cpp" line="103"/>
        <source>%1: the server is ready (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/waitreadystep.cpp" line="108"/>
        <source>%1: no ready line in %2 within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/waitreadystep.cpp" line="111"/>
        <source>Look at the log tail above; raise the timeout if the server is just slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/waitreadystep.cpp" line="119"/>
        <source>%1: cancelled while waiting for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/signinstep.cpp" line="134"/>
        <source>%1: signed in as %2 over %3; server version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/signinstep.cpp" line="39"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/signinstep.cpp" line="62"/>
        <location filename="../app/core/plan/steps/signinstep.cpp" line="63"/>
        <source>from the workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/signinstep.cpp" line="108"/>
        <source>%1: cancelled before signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/signinstep.cpp" line="120"/>
        <source>%1: the server&apos;s certificate is not trusted (%2). Subject %3, issuer %4, SHA-256 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/signinstep.cpp" line="124"/>
        <source>Compare the fingerprint with the one of the server&apos;s keystore; if it is yours, trust this certificate for this profile (the wizard asks; headless: --trust-certificate %1, or add it to the profile&apos;s trustedCertificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/signinstep.cpp" line="131"/>
        <location filename="../app/core/run/confcomparisoncontroller.cpp" line="28"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryenvstep.cpp" line="15"/>
        <source>Repository variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="32"/>
        <source>Package upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installpackagestep.cpp" line="17"/>
        <source>Package installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="20"/>
        <source>octane.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="30"/>
        <source>Writes only the changed settings, after a timestamped backup, through a temporary file and an atomic rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="41"/>
        <source>the file already has these settings (then it is not rewritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/compareconfstep.cpp" line="50"/>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="47"/>
        <source>output holds secrets: never kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="49"/>
        <source>only when the file exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="50"/>
        <source>content on stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="58"/>
        <source>site settings (holds secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/writeconfstep.cpp" line="60"/>
        <source>backup of the file it replaces, when one exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/startservicestep.cpp" line="15"/>
        <source>Server start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/startservicestep.cpp" line="26"/>
        <source>Starts the server on the first node only, unless it already runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/waitreadystep.cpp" line="19"/>
        <source>Server ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/signinstep.cpp" line="34"/>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/signinstep.cpp" line="44"/>
        <source>Signs in as the site admin and reads the server version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/installplan.cpp" line="15"/>
        <source>On %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/installplan.cpp" line="20"/>
        <source>(changes nothing on the node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="359"/>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="392"/>
        <source>df shows %1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="392"/>
        <source>df gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="399"/>
        <source>%1: the upload stopped: no space left on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="401"/>
        <source>Free at least %1 on %2 of %3, or choose another directory, then upload again: it continues from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="406"/>
        <source>%1: the upload stopped: the disk quota on %2 is exhausted (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="409"/>
        <source>Raise the writing user&apos;s quota on %1 or free space, then upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="415"/>
        <source>%1: the upload stopped: %2 is on a read-only file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="418"/>
        <source>Choose a writable directory, or remount %1 read-write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="422"/>
        <source>%1: the upload was refused: no permission to write %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="424"/>
        <location filename="../app/core/ssh/fileuploader.cpp" line="604"/>
        <source>Upload with privileges (sudo), or choose a directory the login user may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="434"/>
        <source>%1: writing %2 failed (exit status %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="522"/>
        <source>%1: no local file to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="525"/>
        <source>%1: the upload destination must be an absolute file path, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="530"/>
        <source>%1: the file mode must be octal, like 0644, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="535"/>
        <source>%1: the file owner must be &quot;user&quot; or &quot;user:group&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="539"/>
        <source>%1: the command prefix must be one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="551"/>
        <source>%1: a password for the upload needs a command prefix that reads it (sudo -S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="580"/>
        <source>%1: the upload of %2 ran out of time after %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="599"/>
        <source>%1: %2 failed (exit status %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="600"/>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="608"/>
        <source>Check that the login user may run commands with sudo on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="616"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="622"/>
        <source>%1: the upload of %2 was cancelled at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="623"/>
        <source>Upload again to continue from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="627"/>
        <source>%1: the upload of %2 stalled at %3: the node accepted no data for %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="630"/>
        <source>%1: the upload of %2 timed out at %3 after %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="632"/>
        <source>Check the network to %1, then upload again: it continues from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="636"/>
        <source>%1: the connection broke during the upload of %2, at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="638"/>
        <source>Connect again and upload again: it continues from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="690"/>
        <location filename="../app/core/ssh/fileuploader.cpp" line="830"/>
        <source>%1: %2 is still being written by an earlier upload that does not stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="694"/>
        <location filename="../app/core/ssh/fileuploader.cpp" line="834"/>
        <source>Wait a minute and upload again, or remove %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="702"/>
        <source>Another user of %1 may have created %2: find out who, remove it, and run again; the upload then creates it, private to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="705"/>
        <source>the login user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="709"/>
        <source>preparing the upload to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="746"/>
        <location filename="../app/core/ssh/fileuploader.cpp" line="769"/>
        <source>%1: the upload of %2 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="753"/>
        <source>the file became shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="776"/>
        <source>the file changed during the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="839"/>
        <source>Cannot read %1: the file changed during the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="892"/>
        <source>putting %1 in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="911"/>
        <source>%1: no open SSH session to upload %2 with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="912"/>
        <source>Connect to the node again, then upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="944"/>
        <source>%1: not enough space on %2 for %3: %4 needed, df shows %5 free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="948"/>
        <source>Free space on %1 of %2, or choose another directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="1000"/>
        <source>%1: %2 differs from the local file after the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="1003"/>
        <source>Check that nothing else writes to %1 on %2, then upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/fileuploader.cpp" line="1016"/>
        <source>%1: the upload of %2 gave up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/packagehashcontroller.cpp" line="58"/>
        <source>Cannot read the package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/packagehashcontroller.cpp" line="59"/>
        <source>Choose a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/packagehashcontroller.cpp" line="78"/>
        <source>Reading the package %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/packagehashcontroller.cpp" line="98"/>
        <source>Computing the SHA-256 of %1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ssh/remoteshell.cpp" line="10"/>
        <source>%1: this connection cannot stream a file to the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/nodeconfcomparison.cpp" line="40"/>
        <source>%1: %2 is readable by root only, and %3 cannot use sudo here (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/nodeconfcomparison.cpp" line="83"/>
        <source>%1: %2 is not valid HOCON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="47"/>
        <source>%1 (a link to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="81"/>
        <location filename="../app/core/base/outputfile.cpp" line="91"/>
        <source>Cannot write %1: the folder %2 is on a read-only file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="83"/>
        <location filename="../app/core/base/outputfile.cpp" line="93"/>
        <source>Choose a folder on a writable file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="85"/>
        <source>Cannot write %1: the folder %2 cannot be written (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="87"/>
        <source>Choose a folder you can write to, or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="96"/>
        <source>Cannot write %1: the file is read-only (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="98"/>
        <source>Change its permissions or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="167"/>
        <location filename="../app/core/base/outputfile.cpp" line="209"/>
        <location filename="../app/core/base/outputfile.cpp" line="243"/>
        <location filename="../app/core/base/outputfile.cpp" line="255"/>
        <location filename="../app/core/base/outputfile.cpp" line="271"/>
        <location filename="../app/core/base/outputfile.cpp" line="277"/>
        <location filename="../app/core/base/outputfile.cpp" line="330"/>
        <location filename="../app/core/base/outputfile.cpp" line="349"/>
        <location filename="../app/core/base/outputfile.cpp" line="358"/>
        <location filename="../app/core/base/outputfile.cpp" line="415"/>
        <location filename="../app/core/base/outputfile.cpp" line="424"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="168"/>
        <source>Check where the descriptor %1 leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="181"/>
        <source>Cannot write %1: the socket&apos;s path is too long to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="182"/>
        <source>Give a shorter path to the socket, for example through a symlink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="210"/>
        <source>Start the program that listens on the socket, or choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="239"/>
        <source>Cannot write %1: nobody is reading the FIFO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="240"/>
        <source>Start the program that reads it first, for example: cat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="244"/>
        <location filename="../app/core/base/outputfile.cpp" line="351"/>
        <location filename="../app/core/base/outputfile.cpp" line="416"/>
        <location filename="../app/core/base/outputfile.cpp" line="425"/>
        <source>Choose a file you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="256"/>
        <source>Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="272"/>
        <source>Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="278"/>
        <source>Free space in the folder or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="288"/>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="288"/>
        <source>Give the name of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="293"/>
        <source>Cannot write %1: its symlinks loop or lead through more than %2 links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="297"/>
        <location filename="../app/core/base/outputfile.cpp" line="360"/>
        <source>Point the link at a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="304"/>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="306"/>
        <source>Create the folder first, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="309"/>
        <source>Cannot write %1: %2 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="311"/>
        <source>Choose a file in a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="332"/>
        <source>Check that the process and its descriptor still exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="372"/>
        <source>Cannot write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="373"/>
        <source>Give the name of a file inside that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="400"/>
        <source>Cannot write %1: the descriptor %2 is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/base/outputfile.cpp" line="403"/>
        <source>Open it for writing, or choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/log/logging.cpp" line="77"/>
        <source>Cannot write the log %1: nobody is reading the FIFO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/log/logging.cpp" line="85"/>
        <source>Cannot write the log %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="18"/>
        <source>Package from the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="23"/>
        <source>Copying the package from the shared repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="28"/>
        <source>Copies the package from %1 into %2 (private to the login user), verifying its SHA-256; nothing crosses your link. Uploads from the workstation instead when the share has no copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="41"/>
        <source>the staged package is there with the same SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="48"/>
        <source>installed already? then nothing is copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="50"/>
        <source>verifies the SHA-256 while copying; the folder must be private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="56"/>
        <location filename="../app/core/plan/steps/uploadpackagestep.cpp" line="94"/>
        <source>the package, removed after a successful install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="61"/>
        <source>A partial copy may stay in %1.part (the next run copies again); nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="83"/>
        <source>(The share holds no copy: uploaded from the workstation.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="75"/>
        <source>%1: Octane is installed already (%2): the package is not copied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="98"/>
        <location filename="../app/core/ssh/fileuploader.cpp" line="699"/>
        <source>%1: refusing to stage the package: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="100"/>
        <source>Another user of %1 may have created %2: find out who, remove it, and run again; the wizard then creates it, private to the login user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="106"/>
        <source>%1: the package in the shared repository (%2) does not match its SHA-256; it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="109"/>
        <source>Run again: the package is staged anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="112"/>
        <source>%1: copying the package from %2 failed (exit %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="117"/>
        <source>The install user could not read the share on %1: check that the repository is the same share there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="120"/>
        <source>Free space in the login user&apos;s home on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="123"/>
        <source>%1: %2 already there, verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/fetchpackagestep.cpp" line="124"/>
        <source>%1: copied from the shared repository to %2, SHA-256 verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installedprobestep.cpp" line="15"/>
        <source>Installed already?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installedprobestep.cpp" line="20"/>
        <source>Asking whether Octane is installed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installedprobestep.cpp" line="25"/>
        <source>Asks the package database whether Octane is installed, before anything changes: the package is staged in the share only when a node needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/compareconfstep.cpp" line="22"/>
        <source>octane.conf comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/compareconfstep.cpp" line="27"/>
        <source>Reading octane.conf on the node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/compareconfstep.cpp" line="32"/>
        <source>Reads the node&apos;s octane.conf (read only) and shows, secrets masked, what the install would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/compareconfstep.cpp" line="43"/>
        <location filename="../app/core/plan/steps/installedprobestep.cpp" line="36"/>
        <location filename="../app/core/plan/steps/privilegestep.cpp" line="36"/>
        <location filename="../app/core/plan/steps/repositoryconfstep.cpp" line="37"/>
        <location filename="../app/core/plan/steps/signinstep.cpp" line="54"/>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="39"/>
        <source>always runs (it only reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/compareconfstep.cpp" line="55"/>
        <location filename="../app/core/plan/steps/installedprobestep.cpp" line="47"/>
        <location filename="../app/core/plan/steps/repositoryconfstep.cpp" line="49"/>
        <location filename="../app/core/plan/steps/validateconfstep.cpp" line="48"/>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="53"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/compareconfstep.cpp" line="68"/>
        <source>%1: %2 already has these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/compareconfstep.cpp" line="69"/>
        <source>%1: %2 would change %3 settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installedprobestep.cpp" line="60"/>
        <source>%1: Octane is installed (%2); it needs no package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/installedprobestep.cpp" line="64"/>
        <source>%1: Octane is not installed yet; it gets the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryconfstep.cpp" line="15"/>
        <source>First node ready, octane.conf shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryconfstep.cpp" line="20"/>
        <source>Checking the first node and the shared octane.conf…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryconfstep.cpp" line="25"/>
        <source>The other nodes start only when Octane runs on the first node and %1 exists, owned by the install user: they read their configuration from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryconfstep.cpp" line="59"/>
        <source>%1: Octane does not run on the first node (%2); the other nodes join a running first node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryconfstep.cpp" line="62"/>
        <source>Install and start the first node first (the First node page; headless: install --phase first-node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryconfstep.cpp" line="70"/>
        <source>%1: %2 does not exist: the first node&apos;s octane.conf never reached the shared repository, and the other nodes would start without a configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryconfstep.cpp" line="74"/>
        <source>Look at the first node&apos;s log (wrapper.log) for why it did not copy its octane.conf to the repository, and that %1 is the shared mount on %2; then restart the first node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryconfstep.cpp" line="86"/>
        <source>%1: %2 belongs to %3, not to the install user %4: the other nodes could not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryconfstep.cpp" line="89"/>
        <source>chown %1 %2 on a node, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/repositoryconfstep.cpp" line="92"/>
        <source>%1: Octane runs and %2 is shared, owned by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/sharecleanupstep.cpp" line="15"/>
        <source>Share clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/sharecleanupstep.cpp" line="20"/>
        <source>Removing the package from the shared repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/sharecleanupstep.cpp" line="25"/>
        <source>Removes the staged package and its folder %1 from the shared repository, also after a cancel or a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/sharecleanupstep.cpp" line="37"/>
        <source>always runs (removing what is not there changes nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/sharecleanupstep.cpp" line="48"/>
        <source>%1 may still hold the package: remove it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/sharecleanupstep.cpp" line="56"/>
        <source>%1: could not remove %2 from the shared repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/sharecleanupstep.cpp" line="58"/>
        <source>Remove it by hand; it holds only the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/sharecleanupstep.cpp" line="60"/>
        <source>%1: the staged package was removed from the shared repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/shareuploadstep.cpp" line="32"/>
        <source>Package in the shared repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/shareuploadstep.cpp" line="37"/>
        <source>Staging the package in the shared repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/shareuploadstep.cpp" line="42"/>
        <source>Uploads %1 once from the workstation into %2 (private to %3) when the share has room for twice the package; every node then copies it from there. Without room, each node gets its own upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/shareuploadstep.cpp" line="55"/>
        <source>the share holds the package with the same SHA-256 (a .part is resumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/shareuploadstep.cpp" line="62"/>
        <source>room for twice the package?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/shareuploadstep.cpp" line="64"/>
        <source>only when there is room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/shareuploadstep.cpp" line="70"/>
        <source>What was sent stays in %1.part until the clean-up at the end of the phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/shareuploadstep.cpp" line="83"/>
        <source>%1: every node has Octane installed already: nothing to stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/shareuploadstep.cpp" line="95"/>
        <source>%1: the shared repository %2 has %3 free, less than twice the package (%4): each node gets its own upload from the workstation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/shareuploadstep.cpp" line="98"/>
        <source>an unknown amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/shareuploadstep.cpp" line="100"/>
        <source>Free space in the repository to send the package over your link only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/shareuploadstep.cpp" line="105"/>
        <source>Staging %1 of %2 in the shared repository (%3/s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/shareuploadstep.cpp" line="118"/>
        <source>%1: package staged in %2 (%3 sent); the nodes copy it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="15"/>
        <source>Package verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="20"/>
        <source>Verifying the package&apos;s signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="26"/>
        <source>This kind of package has no signature to check; its SHA-256 was verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="28"/>
        <source>Runs the release&apos;s package verification: a bad digest or signature stops the installation, an unsigned package is a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="48"/>
        <source>unless installed already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="61"/>
        <source>%1: Octane is installed already; there is no package to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="64"/>
        <source>%1: %2 has no signature to check (SHA-256 verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="78"/>
        <source>%1: %2 failed its verification (%3): it is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="80"/>
        <source>Import the vendor&apos;s signing key on %1 (rpm --import KEY), or use the package as the vendor published it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="83"/>
        <source>The package is damaged or was altered: download it again from the vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="87"/>
        <source>%1: %2 is not signed (%3): only its SHA-256 against your copy was verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="90"/>
        <source>Use the package as the vendor published it (signed), and import the vendor&apos;s key with rpm --import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/plan/steps/verifypackagestep.cpp" line="93"/>
        <source>%1: %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodestatusmodel.cpp" line="17"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodestatusmodel.cpp" line="19"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodestatusmodel.cpp" line="21"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodestatusmodel.cpp" line="23"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodestatusmodel.cpp" line="25"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodestatusmodel.cpp" line="27"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodestatusmodel.cpp" line="167"/>
        <source>Not a step of %1 in this phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cli/installcommand.cpp" line="182"/>
        <location filename="../app/core/cli/plancommand.cpp" line="104"/>
        <location filename="../app/core/run/othernodesconfig.cpp" line="30"/>
        <source>The profile has one node only: there are no other nodes to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/othernodesconfig.cpp" line="32"/>
        <source>The release definition is not loaded: go back to the First node page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/othernodesconfig.cpp" line="34"/>
        <source>Choose the package on the First node page: the other nodes get the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/othernodesconfig.cpp" line="36"/>
        <source>Install the first node first (the First node page): the other nodes join a running first node and read its octane.conf from the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/othernodesconfig.cpp" line="93"/>
        <source>Every other node is installed, started and ready: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/othernodesconfig.cpp" line="96"/>
        <source>Cancelled. Ready: %1. Not finished: %2 (each row says what was left there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/othernodesconfig.cpp" line="101"/>
        <source>Ready: %1. Failed: %2 — select a red cell for the cause and the fix, then Retry failed nodes (only those run again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/othernodesconfig.cpp" line="106"/>
        <source>Sent from this workstation: %1 (package %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Core::CheckController</name>
    <message>
        <location filename="../app/core/run/checkcontroller.cpp" line="293"/>
        <source>%1: not checked: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/checkcontroller.cpp" line="294"/>
        <source>%1: not checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Core::CheckStatusModel</name>
    <message>
        <location filename="../app/core/run/checkstatusmodel.cpp" line="151"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/checkstatusmodel.cpp" line="153"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/checkstatusmodel.cpp" line="155"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/checkstatusmodel.cpp" line="157"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/checkstatusmodel.cpp" line="159"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/checkstatusmodel.cpp" line="161"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/checkstatusmodel.cpp" line="212"/>
        <source>
A warning only: it does not block the installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Core::NodeWorker</name>
    <message>
        <location filename="../app/core/run/nodeworker.cpp" line="31"/>
        <source>Testing the repository and port %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodeworker.cpp" line="43"/>
        <source>Removing temporary files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodeworker.cpp" line="57"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodeworker.cpp" line="77"/>
        <source>%1: not checked: no SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/run/nodeworker.cpp" line="85"/>
        <source>Running checks…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Wizard::CertificateTrustDialog</name>
    <message>
        <location filename="../wizard/widgets/certificatetrustdialog.cpp" line="38"/>
        <source>Server certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/certificatetrustdialog.cpp" line="46"/>
        <source>The Octane server on %1 answered with a certificate that TLS does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/certificatetrustdialog.cpp" line="49"/>
        <source>A self-signed or privately issued certificate is normal right after &lt;code&gt;enablessl.sh&lt;/code&gt;. Compare the SHA-256 fingerprint below with the one of the server&apos;s certificate, for example &lt;code&gt;keytool -list -v -keystore /opt/octane/conf/keystore.jks&lt;/code&gt; on the node, and trust it only if they are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/certificatetrustdialog.cpp" line="63"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/certificatetrustdialog.cpp" line="64"/>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/certificatetrustdialog.cpp" line="66"/>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/certificatetrustdialog.cpp" line="69"/>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/certificatetrustdialog.cpp" line="71"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/certificatetrustdialog.cpp" line="77"/>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/certificatetrustdialog.cpp" line="78"/>
        <source>Refused because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/certificatetrustdialog.cpp" line="83"/>
        <source>The fingerprint is kept in this profile for %1 only; save the profile on the Nodes page to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/certificatetrustdialog.cpp" line="86"/>
        <source>The fingerprint is saved in the profile %1, for %2 only. Any other certificate is refused again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/certificatetrustdialog.cpp" line="94"/>
        <source>&amp;Trust this certificate and sign in again</source>
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
        <location filename="../wizard/pages/checkspage.cpp" line="66"/>
        <source>Check results: checks down, nodes across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="82"/>
        <source>Re-run &amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="84"/>
        <source>Run again the checks that failed, warned or were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="85"/>
        <source>Re-run &amp;cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="86"/>
        <source>Run again the check of the selected cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="87"/>
        <source>Ca&amp;ncel checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="88"/>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="102"/>
        <source>All blocking checks passed. Export the report for your records if you like; Next sets up octane.conf and installs the first node (nothing changes on the nodes before you press Install there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="144"/>
        <source>Waiting for the previous run to clean up on the nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="171"/>
        <source>The checks cannot run: the release definition did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="248"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="361"/>
        <source>Cancelling: removing temporary files from the nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="371"/>
        <source>There is nothing to export: the checks have not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="396"/>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="397"/>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="404"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="389"/>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="434"/>
        <source>%1 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="435"/>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="435"/>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="436"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="438"/>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="440"/>
        <source>%1 blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="440"/>
        <source>none blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="445"/>
        <source>Checking… %1 of %2 results in: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="448"/>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/checkspage.cpp" line="451"/>
        <source> (in %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Wizard::ConfForm</name>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="116"/>
        <source>Not confirmed by the public documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="117"/>
        <source>Not confirmed by the public documentation (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="147"/>
        <source>Filled from the node list; edit it on the Nodes page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="148"/>
        <source>The repository path of the Nodes page; edit it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="155"/>
        <location filename="../wizard/widgets/confform.cpp" line="235"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="158"/>
        <location filename="../wizard/widgets/confform.cpp" line="164"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="160"/>
        <source>Show the value while you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="164"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="167"/>
        <source>Kept in the keychain as conf:%1, never in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="186"/>
        <location filename="../wizard/widgets/confform.cpp" line="197"/>
        <source>default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="187"/>
        <location filename="../wizard/widgets/confform.cpp" line="198"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="215"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="223"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="227"/>
        <source>required for %1; default %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="230"/>
        <source>required for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/confform.cpp" line="234"/>
        <source>optional; default %1</source>
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
    <name>Ocw::Wizard::FirstNodePage</name>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="98"/>
        <source>First node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="105"/>
        <source>Computing the SHA-256… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="135"/>
        <source>Settings written to octane.conf on the first node. Keys marked ? are not confirmed by the public documentation: compare them with your release&apos;s octane.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="145"/>
        <source>Load &amp;definition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="147"/>
        <source>Use a release definition file (JSON) for a release whose octane.conf keys, paths or commands differ from the built-in one. The profile remembers the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="167"/>
        <source>The file as written on a node without one, secrets masked. Where a file exists, the installation changes only the settings that differ, after a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="177"/>
        <source>Reads octane.conf on the node (read only, as root through sudo) and shows what Install would change in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="192"/>
        <source>Preview octane.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="203"/>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="215"/>
        <source>Server log (last %1 lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="226"/>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="236"/>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="238"/>
        <source>Ca&amp;ncel installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="274"/>
        <source>octane-onprem-&lt;version&gt;.rpm on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="279"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="281"/>
        <source>&amp;Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="311"/>
        <source>Sign &amp;in over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="320"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="321"/>
        <source>How long the server may take from Start to its ready line before the step fails with the log tail. A first start creates the database schema and can take minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="324"/>
        <source>Wait for the server &amp;up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="356"/>
        <source>Release definition: none loaded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="362"/>
        <source>Release definition: %1 (built in, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="363"/>
        <source>Release definition: %1 (%2, from %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="409"/>
        <source>Release definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="410"/>
        <source>Release definitions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="423"/>
        <source>Installs Octane on %1 only: octane.conf from these settings, the package, then the server is started and followed until it is ready. The other nodes come later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="427"/>
        <source>&amp;Install on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="428"/>
        <source>Compare with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="433"/>
        <source>Set %1 on the node if it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="435"/>
        <source>Adds the line %1 to %2 on %3 when the variable is not set there. Without it the installation stops at that step; nothing is added unless you tick this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="442"/>
        <source>HTTP (port %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="443"/>
        <source>HTTPS (port %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="555"/>
        <source>%1 Passwords you enter are kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="571"/>
        <source>The release definition did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="611"/>
        <source>Choose the package (below) to see the exact commands that will run on %1. Nothing changes before you press Install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="623"/>
        <source>%1: added to %2 on %3 if it is missing (you agreed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="625"/>
        <source>%1: only checked; the installation stops if it is missing (tick the box below to let the wizard add it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="628"/>
        <source>Nothing has changed yet. Install runs these steps on %1, in this order, and stops at the first failure. Secrets travel on stdin, never on a command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="658"/>
        <source>Octane package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="659"/>
        <source>Octane packages (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="677"/>
        <source>%1 is not a package this release installs (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="681"/>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="684"/>
        <source>Computing the SHA-256…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="697"/>
        <source>%1 (%2 bytes) · SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="747"/>
        <source>The release definition did not load (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="750"/>
        <source>1 setting to correct, marked in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="751"/>
        <source>%1 settings to correct, marked in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="753"/>
        <source>Choose the package to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="755"/>
        <source>Reading the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="757"/>
        <source>Choose another package (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="761"/>
        <source>Ready to install on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="787"/>
        <source>The first node %1 is not in the node list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="788"/>
        <source>Choose the first node on the Nodes page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="805"/>
        <source>Reading octane.conf on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="817"/>
        <source>%1 Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="819"/>
        <source>%1 has no %2 yet: Install writes the whole file shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="822"/>
        <source>%1 on %2 already says all of this: Install will not rewrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="828"/>
        <source>Install will change 1 setting in %1 on %2 (after a backup): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="830"/>
        <source>Install will change %1 settings in %2 on %3 (after a backup): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="887"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="889"/>
        <source>Connecting to %1 and checking its host key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="899"/>
        <source>Cancelling: the current step stops, no further step starts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="947"/>
        <source>Octane runs on %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="955"/>
        <source>Cancelled; nothing was changed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="956"/>
        <source>Cancelled. Finished on %1 before that: %2. Install again continues; finished steps are recognised, not redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="960"/>
        <source>the run ended without a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="970"/>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="970"/>
        <source>Stopped at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="1013"/>
        <source>The certificate is trusted for this run, but the profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/firstnodepage.cpp" line="1016"/>
        <source>Save the profile on the Nodes page to keep the trust.</source>
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
    <name>Ocw::Wizard::InstallStepList</name>
    <message>
        <location filename="../wizard/widgets/installsteplist.cpp" line="45"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/installsteplist.cpp" line="79"/>
        <source>Waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/installsteplist.cpp" line="95"/>
        <source>%1 · %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/installsteplist.cpp" line="102"/>
        <source>Commands run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/installsteplist.cpp" line="109"/>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/installsteplist.cpp" line="144"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/installsteplist.cpp" line="253"/>
        <source>Did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Wizard::InstallWizard</name>
    <message>
        <location filename="../wizard/installwizard.cpp" line="28"/>
        <source>Octane Cluster Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/installwizard.cpp" line="31"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/installwizard.cpp" line="75"/>
        <source>Stop the installation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/installwizard.cpp" line="76"/>
        <source>The installation on %1 is running. Stop it and close the wizard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/installwizard.cpp" line="77"/>
        <source>the other nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/installwizard.cpp" line="80"/>
        <source>The current step stops and no further step starts. Steps already finished stay done on the node; running the installation again recognises them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/installwizard.cpp" line="83"/>
        <source>Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/installwizard.cpp" line="84"/>
        <source>Continue installing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Wizard::NodeSecretsDialog</name>
    <message>
        <location filename="../wizard/widgets/nodesecretsdialog.cpp" line="24"/>
        <source>%1 with a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/nodesecretsdialog.cpp" line="26"/>
        <source>%1 with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/nodesecretsdialog.cpp" line="28"/>
        <source>%1, keyboard-interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/nodesecretsdialog.cpp" line="30"/>
        <source>%1 through the SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/nodesecretsdialog.cpp" line="52"/>
        <source>Per-node passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/nodesecretsdialog.cpp" line="54"/>
        <source>Passwords for one node only, where a node differs from the shared settings. An empty cell uses the shared value. Kept in the keychain, never in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/nodesecretsdialog.cpp" line="60"/>
        <source>SSH password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/nodesecretsdialog.cpp" line="60"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/nodesecretsdialog.cpp" line="60"/>
        <source>Sudo password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/nodesecretsdialog.cpp" line="64"/>
        <source>&lt;b&gt;Node&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/nodesecretsdialog.cpp" line="95"/>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/nodesecretsdialog.cpp" line="95"/>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/nodesecretsdialog.cpp" line="97"/>
        <source>%1 of %2 only. Empty: the shared value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/widgets/nodesecretsdialog.cpp" line="98"/>
        <source>%1 does not use it now (it logs in as %2).</source>
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
        <location filename="../wizard/pages/nodespage.cpp" line="72"/>
        <location filename="../wizard/pages/nodespage.cpp" line="173"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="73"/>
        <source>The cluster&apos;s nodes and how this workstation reaches them over SSH. An empty cell in the table uses the shared setting, shown in grey italics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="113"/>
        <source>e.g. production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="115"/>
        <source>Names the profile; passwords are kept in the keychain under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="117"/>
        <source>Load profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="118"/>
        <source>Save profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="122"/>
        <source>&amp;Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="156"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="175"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="176"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="177"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="178"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="179"/>
        <source>Move the selected node up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="180"/>
        <source>Move the selected node down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="181"/>
        <source>Paste &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="182"/>
        <source>Add nodes from a pasted list: patterns such as octane[1-3].corp, user@host:port, or CSV with a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="184"/>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="185"/>
        <source>Add nodes from a text or CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="237"/>
        <source>The node the installation starts on (the first node of the procedure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="243"/>
        <source>&amp;First node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="280"/>
        <source>Shared SSH settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="284"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="285"/>
        <source>the login user on every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="286"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="291"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="292"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="293"/>
        <source>Keyboard-interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="294"/>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="296"/>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="298"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="300"/>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="303"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="305"/>
        <location filename="../wizard/pages/nodespage.cpp" line="309"/>
        <source>Kept in the keychain, never in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="306"/>
        <source>Key pa&amp;ssphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="308"/>
        <source>only if the key file is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="310"/>
        <source>Sudo password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="312"/>
        <source>only if sudo asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="313"/>
        <source>Needed only when the login user&apos;s sudo asks for a password; leave empty for NOPASSWD sudo or a root login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="316"/>
        <source>When empty, the SSH password is tried. Kept in the keychain, never in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="325"/>
        <source>P&amp;er-node passwords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="328"/>
        <source>A different SSH password, key passphrase or sudo password for single nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="351"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="357"/>
        <source>the database server every node uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="366"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="379"/>
        <source>&amp;Database server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="385"/>
        <source>&amp;Repository path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="388"/>
        <source>The shared repository (OCTANE_REPOSITORY_DIR), mounted at this path on every node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="389"/>
        <source>&amp;Load balancer URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="391"/>
        <source>I&amp;nstall user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="451"/>
        <source>The first in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="452"/>
        <source>The first in the list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="463"/>
        <source>%1 (not in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="517"/>
        <source>SSH password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="517"/>
        <source>key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="517"/>
        <source>sudo password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="529"/>
        <source>%1: own %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="533"/>
        <source>Every node uses the shared passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="540"/>
        <source>1 node has its own passwords: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="541"/>
        <source>%1 nodes have their own passwords: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="594"/>
        <source>The key file %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="613"/>
        <source>Enter the SSH password (kept in the keychain, never in the profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="616"/>
        <source>The key file is encrypted: enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="647"/>
        <source>row %1&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="664"/>
        <source>Enter the SSH user the nodes log in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="669"/>
        <source>Choose the private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="676"/>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/nodespage.cpp" line="682"/>
        <source>… and %n more (the marked cells say what).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="780"/>
        <source>Adding %1 nodes would make %2; at most %3 are supported. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="811"/>
        <source>Import nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="811"/>
        <source>Node lists (*.txt *.csv *.list);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="826"/>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="842"/>
        <source>Profile saved to %1 (without passwords).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="858"/>
        <source>Profile loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="871"/>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="872"/>
        <source>Cluster profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="881"/>
        <source>Load profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="882"/>
        <source>Cluster profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="923"/>
        <source>%1 Passwords you enter are kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="1022"/>
        <source>Checking host keys: 0 of %1 done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="1032"/>
        <source>Checking host keys: %1 of %2 done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="1039"/>
        <source>Host key check stopped. Press Next to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="1071"/>
        <source>Refused: the host key of %1 differs from the one on file. This cannot be overridden here; see the fix below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="1080"/>
        <source> %1 could not be reached for the host key; the Checks page shows why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="1097"/>
        <source>The host keys could not be saved; nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="1100"/>
        <source>Trusted the host keys of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="1104"/>
        <source>Host keys not trusted; nothing was saved. Press Next to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="1107"/>
        <source>Not known yet: the host keys of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="1114"/>
        <source>All reachable host keys are trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/nodespage.cpp" line="1130"/>
        <source>Fix the marked fields, then press Next again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocw::Wizard::OtherNodesPage</name>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="34"/>
        <source>Other nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="58"/>
        <source>Stage once in the shared repository (each node copies it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="60"/>
        <source>Upload from this workstation to each node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="62"/>
        <source>Staging sends the package over your link once for any number of nodes; without room in the share (twice the package) it falls back to an upload per node by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="66"/>
        <source>Start the nodes one at a time (each ready before the next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="75"/>
        <source>Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="119"/>
        <source>The selected node&apos;s server log, as it is followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="137"/>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="138"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="142"/>
        <source>&amp;Retry failed nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="143"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="178"/>
        <source>Installs the same package on %1, in parallel, starts each and waits until it is ready. Nothing is configured there and no script is run: they read the octane.conf that %2 put in the shared repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/othernodespage.cpp" line="182"/>
        <source>&amp;Install on %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="186"/>
        <source>Set %1 where it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="213"/>
        <source>Nothing changes before you press Install.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="233"/>
        <source>%p% of the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="244"/>
        <source>Installing on the other nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="250"/>
        <source>Ready: see What will happen, then Install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/othernodespage.cpp" line="300"/>
        <source>Cancelling: each node finishes its current command…</source>
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
