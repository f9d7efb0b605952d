#pragma once

#include "core/model/clusterprofile.h"
#include "core/model/profilevalidator.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Ocw::Wizard {

// The editable node list of the Nodes page: one row per node; columns host, address, port,
// user, auth, key file. Empty cells mean "use the shared setting" and show that value in grey
// italics (EditRole stays empty; SharedRole says so). Text that
// cannot become a value (a port of 70000, an unknown auth method) is kept as typed and reported
// by inputIssues(); validator issues given to setIssues() show as an icon and tooltip on their
// cell. GUI thread.
class NodeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        HostColumn,
        AddressColumn,
        PortColumn,
        UserColumn,
        AuthColumn,
        KeyFileColumn,
        ColumnCount
    };
    enum Role { IssueRole = Qt::UserRole + 1, SharedRole };

    explicit NodeTableModel(QObject *parent = nullptr);

    void setNodes(const QList<Core::Node> &nodes);
    QList<Core::Node> nodes() const;
    QStringList hosts() const;
    void appendNodes(const QList<Core::Node> &nodes);
    int insertEmptyNode(int row);
    void removeNodes(QList<int> rows);
    // Moves one row up (-1) or down (+1). False at the edges.
    bool moveNode(int row, int delta);

    // What empty cells fall back to (shown greyed). Like setIssues(), emits dataChanged with
    // explicit roles (no EditRole): values did not change.
    void setSharedDefaults(const Core::SshDefaults &defaults);
    // Issues whose field is "nodes[i].<column>"; others are ignored.
    void setIssues(const QList<Core::FieldIssue> &issues);
    QString issueAt(int row, int column) const;
    // Cells whose text is not a value (unparsable port or auth method), as field issues.
    QList<Core::FieldIssue> inputIssues() const;

    static QString fieldName(int column); // "host", "address", "port", "user", "auth", "keyFile"
    static int columnOfField(const QString &field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        Core::Node node;
        QString badPort; // typed text that is not a port
        QString badAuth; // typed text that is not an auth method
    };
    QString sharedText(const Row &row, int column) const;
    QString cellText(const Row &row, int column) const;

    QList<Row> m_rows;
    Core::SshDefaults m_shared;
    QHash<QString, QString> m_issues; // "row|column" -> message(s)
};

} // namespace Ocw::Wizard
