#include "nodetablemodel.h"

#include "widgets/verdictstyle.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QRegularExpression>

#include <algorithm>

namespace Ocw::Wizard {

using Core::AuthMethod;
using Core::FieldIssue;
using Core::Node;

namespace {

QString issueKey(int row, int column)
{
    return QString::number(row) + QLatin1Char('|') + QString::number(column);
}

} // namespace

NodeTableModel::NodeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NodeTableModel::setNodes(const QList<Node> &nodes)
{
    beginResetModel();
    m_rows.clear();
    for (const Node &n : nodes)
        m_rows.append(Row{n, {}, {}});
    m_issues.clear();
    endResetModel();
}

QList<Node> NodeTableModel::nodes() const
{
    QList<Node> list;
    for (const Row &r : m_rows)
        list.append(r.node);
    return list;
}

QStringList NodeTableModel::hosts() const
{
    QStringList list;
    for (const Row &r : m_rows)
        list.append(r.node.host);
    return list;
}

void NodeTableModel::appendNodes(const QList<Node> &nodes)
{
    if (nodes.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + nodes.size() - 1));
    for (const Node &n : nodes)
        m_rows.append(Row{n, {}, {}});
    endInsertRows();
}

int NodeTableModel::insertEmptyNode(int row)
{
    row = qBound(0, row, int(m_rows.size()));
    beginInsertRows({}, row, row);
    m_rows.insert(row, Row{});
    endInsertRows();
    return row;
}

void NodeTableModel::removeNodes(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_rows.size())
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

bool NodeTableModel::moveNode(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_rows.size() || to < 0 || to >= m_rows.size() || delta == 0)
        return false;
    // beginMoveRows wants the destination as "insert before" in the old numbering.
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to))
        return false;
    m_rows.move(row, to);
    endMoveRows();
    return true;
}

void NodeTableModel::setSharedDefaults(const Core::SshDefaults &defaults)
{
    if (defaults.user == m_shared.user && defaults.port == m_shared.port &&
        defaults.auth == m_shared.auth && defaults.keyFile == m_shared.keyFile) {
        return;
    }
    m_shared = defaults;
    // Only how empty cells look changes, not any value (listeners of values filter on roles).
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, PortColumn), index(int(m_rows.size()) - 1, KeyFileColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

void NodeTableModel::setIssues(const QList<FieldIssue> &issues)
{
    static const QRegularExpression path(QStringLiteral("^nodes\\[(\\d+)\\]\\.(\\w+)$"));
    QHash<QString, QString> map;
    for (const FieldIssue &issue : issues) {
        const QRegularExpressionMatch m = path.match(issue.field);
        if (!m.hasMatch())
            continue;
        const int row = m.captured(1).toInt();
        const int column = columnOfField(m.captured(2));
        if (row < 0 || row >= m_rows.size() || column < 0)
            continue;
        QString &text = map[issueKey(row, column)];
        if (!text.contains(issue.message))
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + issue.message;
    }
    if (map == m_issues)
        return;
    m_issues = map;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::DecorationRole, Qt::ToolTipRole, IssueRole});
}

QString NodeTableModel::issueAt(int row, int column) const
{
    return m_issues.value(issueKey(row, column));
}

QList<FieldIssue> NodeTableModel::inputIssues() const
{
    QList<FieldIssue> list;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        if (!r.badPort.isEmpty()) {
            list.append({QStringLiteral("nodes[%1].port").arg(i),
                         tr("\"%1\" is not a port: enter 1 to 65535, or leave it empty for the "
                            "shared port.")
                             .arg(r.badPort)});
        }
        if (!r.badAuth.isEmpty()) {
            list.append({QStringLiteral("nodes[%1].auth").arg(i),
                         tr("\"%1\" is not one of key, password, keyboard-interactive, agent.")
                             .arg(r.badAuth)});
        }
    }
    return list;
}

QString NodeTableModel::fieldName(int column)
{
    switch (column) {
    case HostColumn:
        return QStringLiteral("host");
    case AddressColumn:
        return QStringLiteral("address");
    case PortColumn:
        return QStringLiteral("port");
    case UserColumn:
        return QStringLiteral("user");
    case AuthColumn:
        return QStringLiteral("auth");
    case KeyFileColumn:
        return QStringLiteral("keyFile");
    default:
        return QString();
    }
}

int NodeTableModel::columnOfField(const QString &field)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (fieldName(c) == field)
            return c;
    }
    return -1;
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NodeTableModel::cellText(const Row &row, int column) const
{
    const Node &n = row.node;
    switch (column) {
    case HostColumn:
        return n.host;
    case AddressColumn:
        return n.address;
    case PortColumn:
        return !row.badPort.isEmpty() ? row.badPort : n.port ? QString::number(n.port) : QString();
    case UserColumn:
        return n.user;
    case AuthColumn:
        return !row.badAuth.isEmpty() ? row.badAuth
               : n.auth               ? Core::authMethodName(*n.auth)
                                      : QString();
    case KeyFileColumn:
        return n.keyFile;
    default:
        return QString();
    }
}

QString NodeTableModel::sharedText(const Row &row, int column) const
{
    switch (column) {
    case PortColumn:
        return m_shared.port ? QString::number(m_shared.port) : QString();
    case UserColumn:
        return m_shared.user;
    case AuthColumn:
        return Core::authMethodName(m_shared.auth);
    case KeyFileColumn:
        return row.node.auth.value_or(m_shared.auth) == AuthMethod::KeyFile ? m_shared.keyFile
                                                                            : QString();
    default:
        return QString();
    }
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const QString text = cellText(row, column);
    const bool shared = text.isEmpty() && column >= PortColumn;
    const QString issue = issueAt(index.row(), column);

    switch (role) {
    case Qt::DisplayRole:
        // The shared value a node falls back to, in grey italics (see the page's subtitle).
        return shared ? sharedText(row, column) : text;
    case Qt::EditRole:
        return text;
    case Qt::ForegroundRole:
        if (shared)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if (shared) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        if (!issue.isEmpty())
            return VerdictStyle::icon(Core::Verdict::Fail);
        return {};
    case Qt::ToolTipRole:
        if (!issue.isEmpty())
            return issue;
        if (shared) {
            const QString s = sharedText(row, column);
            return s.isEmpty() ? tr("Empty: this node uses the shared setting.")
                               : tr("Empty: this node uses the shared setting (%1).").arg(s);
        }
        return {};
    case IssueRole:
        return issue;
    case SharedRole:
        return shared;
    default:
        return {};
    }
}

bool NodeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size())
        return false;
    Row &row = m_rows[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case HostColumn:
        row.node.host = text;
        break;
    case AddressColumn:
        row.node.address = text.trimmed();
        break;
    case PortColumn: {
        const QString t = text.trimmed();
        bool ok = false;
        const uint port = t.toUInt(&ok);
        if (t.isEmpty()) {
            row.node.port = 0;
            row.badPort.clear();
        } else if (ok && port >= 1 && port <= 65535) {
            row.node.port = quint16(port);
            row.badPort.clear();
        } else {
            row.node.port = 0;
            row.badPort = t;
        }
        break;
    }
    case UserColumn:
        row.node.user = text.trimmed();
        break;
    case AuthColumn: {
        const QString t = text.trimmed();
        AuthMethod method;
        if (t.isEmpty()) {
            row.node.auth.reset();
            row.badAuth.clear();
        } else if (Core::parseAuthMethod(t, &method)) {
            row.node.auth = method;
            row.badAuth.clear();
        } else {
            row.node.auth.reset();
            row.badAuth = t;
        }
        break;
    }
    case KeyFileColumn:
        row.node.keyFile = text.trimmed();
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags NodeTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case HostColumn:
            return tr("The node's name as the cluster knows it (or its IP address).");
        case AddressColumn:
            return tr("Optional: where to connect instead of the host name.");
        case PortColumn:
            return tr("SSH port; empty: the shared port.");
        case UserColumn:
            return tr("SSH user; empty: the shared user.");
        case AuthColumn:
            return tr("How to log in; empty: the shared method.");
        case KeyFileColumn:
            return tr("Private key file; empty: the shared key file.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostColumn:
        return tr("Host");
    case AddressColumn:
        return tr("Address");
    case PortColumn:
        return tr("Port");
    case UserColumn:
        return tr("User");
    case AuthColumn:
        return tr("Auth");
    case KeyFileColumn:
        return tr("Key file");
    default:
        return {};
    }
}

} // namespace Ocw::Wizard
