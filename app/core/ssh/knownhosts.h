#pragma once

#include "../base/expected.h"
#include "hostkey.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Ocw::Core {

enum class HostKeyStatus {
    Trusted, // a line for one of the names holds exactly this key
    Unknown, // no line holds a key of this type for any name (maybe keys of other types)
    Changed, // a line for one of the names holds a DIFFERENT key of the same type: refuse
    Revoked, // the key is listed under @revoked for one of the names: refuse
};

// What KnownHosts::lookup found, with what a message needs: the key on file and where it is.
struct HostKeyMatch
{
    HostKeyStatus status = HostKeyStatus::Unknown;
    QString matchedName; // the name (as looked up, e.g. "[h]:2222") the deciding line matched
    QString knownType;   // Changed/Revoked/Trusted: key type on file; Unknown: other types known,
                         // comma-separated
    QString knownFingerprint; // Changed: the fingerprint on file
    QString file;             // file and 1-based line of the deciding entry (empty for Unknown)
    int line = 0;
};

// OpenSSH known_hosts files in memory: plain and hashed (|1|salt|hash) host patterns, comma
// lists, [host]:port, wildcards * and ?, negation !, @revoked (@cert-authority lines are
// ignored). Load on any thread, then read-only lookups are safe from many threads at once.
// Pure Qt. Owner: whoever builds the session set (one instance shared read-only by workers).
class KnownHosts
{
public:
    KnownHosts();

    // Reads a file and replaces any entries loaded earlier from the same path. A missing file
    // is not an error (it simply adds nothing); an unreadable one is (ErrorCode::Io).
    // Malformed lines are skipped and counted (see skippedLines()).
    Expected<Done> load(const QString &path);
    void clear();

    QStringList files() const; // loaded paths, in load order
    int entryCount() const;    // usable entries over all files
    int skippedLines() const;  // malformed lines over all files

    // Checks `key` under every name in `hosts` (e.g. the host name AND the address connected
    // to; "[v6]" brackets are accepted) at `port` (non-22 ports look up "[host]:port").
    // Any Revoked beats Changed beats Trusted beats Unknown.
    HostKeyMatch lookup(const QStringList &hosts, quint16 port, const HostKey &key) const;
    HostKeyMatch lookup(const QString &host, quint16 port, const HostKey &key) const;

    // Key types on file for these names (in file order, no duplicates), e.g. to prefer them
    // when negotiating the host key algorithm.
    QStringList knownKeyTypes(const QStringList &hosts, quint16 port) const;

    // Appends one line "name1,name2 type base64" (names as [host]:port for non-22 ports,
    // hashed with |1|salt|hash if `hashNames`) to `file` atomically: the existing content is
    // kept, the new content goes to a temporary file that is renamed over the old one (over a
    // symlink's target; a device or FIFO such as /dev/null is written in place, see
    // OutputFile). A missing directory is created 0700, a missing file 0600. Does not change
    // any KnownHosts instance: load() the file again to see the new entry.
    static Expected<Done> append(const QString &file, const QStringList &hosts, quint16 port,
                                 const HostKey &key, bool hashNames = false);

    // The name a host is stored under in known_hosts: "host" for port 22, else "[host]:port";
    // lower-cased, brackets of an IPv6 literal removed first.
    static QString hostEntryName(const QString &host, quint16 port);
    // ~/.ssh/known_hosts of the current user.
    static QString userKnownHostsFile();

private:
    struct Entry
    {
        bool revoked = false; // @revoked marker
        bool hashed = false;  // |1|salt|hash
        QByteArray salt;      // hashed: HMAC-SHA1 key
        QByteArray hash;      // hashed: HMAC-SHA1(salt, name)
        QStringList patterns; // plain: comma list, maybe with ! and * ?
        HostKey key;
        QString file;
        int line = 0;
    };
    bool entryMatches(const Entry &entry, const QString &name) const;

    QList<Entry> m_entries;
    QStringList m_files;
    int m_skipped = 0;
};

} // namespace Ocw::Core
