#include "confform.h"

#include "issuelabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace Ocw::Wizard {

using Core::ConfKey;
using Core::ConfKeyType;
using Core::ConfRole;

namespace {

bool isFromProfile(const ConfKey &key)
{
    return key.role == ConfRole::NodeList || key.role == ConfRole::RepositoryFolder;
}

// Read-only fields look it: the window colour instead of the base colour.
void markReadOnly(QLineEdit *edit)
{
    edit->setReadOnly(true);
    QPalette pal = edit->palette();
    pal.setColor(QPalette::Base, pal.color(QPalette::Window));
    edit->setPalette(pal);
}

} // namespace

ConfForm::ConfForm(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_generalIssue = new IssueLabel(this);
    m_layout->addWidget(m_generalIssue);
}

void ConfForm::setRelease(const Core::ReleaseDefinition &release)
{
    m_release = release;
    m_fields.clear();
    m_groups.clear();
    delete m_content;
    m_content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);

    for (const ConfKey &key : release.confKeys()) {
        Field field;
        field.key = key;
        m_fields.append(field);
    }
    m_groups = release.groups();
    QList<QWidget *> labels;
    for (const QString &group : std::as_const(m_groups)) {
        auto *box = new QGroupBox(group, m_content);
        box->setObjectName(QStringLiteral("group:") + group);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        for (Field &field : m_fields) {
            if (field.key.group != group)
                continue;
            QWidget *editorBox = buildField(field, box);
            labels.append(buildLabel(field, box));
            form->addRow(labels.last(), editorBox);
        }
        contentLayout->addWidget(box);
    }
    // One label column across the groups, so that the editors line up.
    int labelWidth = 0;
    for (QWidget *label : std::as_const(labels))
        labelWidth = qMax(labelWidth, label->sizeHint().width());
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);
    contentLayout->addStretch(1);
    m_layout->addWidget(m_content, 1);
}

QWidget *ConfForm::buildLabel(Field &field, QWidget *parent)
{
    const ConfKey &key = field.key;
    auto *cell = new QWidget(parent);
    auto *row = new QHBoxLayout(cell);
    row->setContentsMargins(0, 3, 0, 0);
    row->setSpacing(4);
    auto *label = new QLabel(key.path + QLatin1Char(':'), cell);
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(field.editor);
    row->addWidget(label);
    if (!key.provenance.confirmed) {
        field.badge = new QLabel(QStringLiteral("?"), cell);
        field.badge->setObjectName(QStringLiteral("unconfirmed:") + key.path);
        field.badge->setAlignment(Qt::AlignCenter);
        field.badge->setFixedSize(16, 16);
        field.badge->setStyleSheet(
            QStringLiteral("QLabel { background: #fff4d6; color: #6b4e00; border: 1px solid "
                           "#d9b44a; border-radius: 8px; font-weight: bold; font-size: 10px; }"));
        const QString tip =
            key.provenance.source.isEmpty()
                ? tr("Not confirmed by the public documentation.")
                : tr("Not confirmed by the public documentation (%1).").arg(key.provenance.source);
        field.badge->setToolTip(tip);
        field.badge->setAccessibleName(tip);
        row->addWidget(field.badge);
    }
    row->addStretch(1);
    return cell;
}

QWidget *ConfForm::buildField(Field &field, QWidget *parent)
{
    const ConfKey &key = field.key;
    auto *box = new QWidget(parent);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 4);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    column->addLayout(row);

    const QString path = key.path;
    QString help = key.help;

    if (isFromProfile(key)) {
        field.readOnly = true;
        field.line = new QLineEdit(box);
        markReadOnly(field.line);
        help +=
            QLatin1Char(' ') + (key.role == ConfRole::NodeList
                                    ? tr("Filled from the node list; edit it on the Nodes page.")
                                    : tr("The repository path of the Nodes page; edit it there."));
        field.editor = field.line;
        row->addWidget(field.line, 1);
    } else if (key.secret || key.type == ConfKeyType::Secret) {
        field.line = new QLineEdit(box);
        field.line->setEchoMode(QLineEdit::Password);
        if (!key.isRequired(true))
            field.line->setPlaceholderText(tr("optional"));
        auto *show = new QToolButton(box);
        show->setObjectName(QStringLiteral("show:") + path);
        show->setText(tr("Show"));
        show->setCheckable(true);
        show->setToolTip(tr("Show the value while you type."));
        QLineEdit *line = field.line;
        connect(show, &QToolButton::toggled, line, [line, show](bool on) {
            line->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
            show->setText(on ? tr("Hide") : tr("Show"));
        });
        help += QLatin1Char(' ') +
                tr("Kept in the keychain as conf:%1, never in the profile.").arg(path);
        connect(field.line, &QLineEdit::textEdited, this, &ConfForm::onEdited);
        field.editor = field.line;
        row->addWidget(field.line, 1);
        row->addWidget(show);
    } else if (key.type == ConfKeyType::Int) {
        field.spin = new QSpinBox(box);
        qint64 min = 0;
        qint64 max = std::numeric_limits<int>::max();
        for (const Core::ValidationRule &rule : key.rules) {
            if (rule.kind == Core::ValidationRule::Kind::Range) {
                min = rule.min;
                max = rule.max;
            }
        }
        // One below the range means "not set": the server's default applies.
        field.spin->setRange(int(qMax<qint64>(min - 1, std::numeric_limits<int>::min())),
                             int(qMin<qint64>(max, std::numeric_limits<int>::max())));
        field.spin->setSpecialValueText(key.defaultValue.isValid()
                                            ? tr("default (%1)").arg(key.defaultValue.toString())
                                            : tr("not set"));
        field.spin->setMinimumWidth(130);
        connect(field.spin, &QSpinBox::valueChanged, this, &ConfForm::onEdited);
        field.editor = field.spin;
        row->addWidget(field.spin);
        row->addStretch(1);
    } else if (key.type == ConfKeyType::Enum) {
        field.combo = new QComboBox(box);
        if (!key.isRequired(true) || !key.defaultValue.isValid())
            field.combo->addItem(key.defaultValue.isValid()
                                     ? tr("default (%1)").arg(key.defaultValue.toString())
                                     : tr("not set"),
                                 QVariant());
        for (const QString &v : key.values)
            field.combo->addItem(v, v);
        // A new database type brings its own connection string template and the defaults of
        // the keys it requires (before edited()).
        if (key.role == ConfRole::DbType) {
            connect(field.combo, &QComboBox::currentIndexChanged, this,
                    &ConfForm::updateConnectionTemplate);
            connect(field.combo, &QComboBox::currentIndexChanged, this,
                    &ConfForm::fillRequiredDefaults);
        }
        connect(field.combo, &QComboBox::currentIndexChanged, this, &ConfForm::onEdited);
        field.editor = field.combo;
        row->addWidget(field.combo);
        row->addStretch(1);
    } else if (key.type == ConfKeyType::Bool) {
        field.check = new QCheckBox(tr("on"), box);
        connect(field.check, &QCheckBox::toggled, this, &ConfForm::onEdited);
        field.editor = field.check;
        row->addWidget(field.check);
        row->addStretch(1);
    } else {
        field.line = new QLineEdit(box);
        if (key.type == ConfKeyType::List)
            field.line->setPlaceholderText(tr("comma-separated"));
        else if (key.required == Core::ConfRequirement::ForDatabase)
            field.line->setPlaceholderText(
                key.defaultValue.isValid()
                    ? tr("required for %1; default %2")
                          .arg(key.requiredForDbTypes.join(QStringLiteral(", ")),
                               key.defaultValue.toString())
                    : tr("required for %1").arg(key.requiredForDbTypes.join(QStringLiteral(", "))));
        else if (!key.isRequired(true))
            field.line->setPlaceholderText(
                key.defaultValue.isValid()
                    ? tr("optional; default %1").arg(key.defaultValue.toString())
                    : tr("optional"));
        connect(field.line, &QLineEdit::textEdited, this, &ConfForm::onEdited);
        field.editor = field.line;
        row->addWidget(field.line, 1);
    }

    field.editor->setObjectName(path); // tests and accessibility tools find fields by key path
    field.editor->setToolTip(help);
    field.editor->setAccessibleDescription(help);

    auto *helpLabel = new QLabel(help, box);
    helpLabel->setWordWrap(true);
    helpLabel->setTextFormat(Qt::PlainText);
    helpLabel->setObjectName(QStringLiteral("help:") + path);
    QFont small = helpLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    helpLabel->setFont(small);
    QPalette pal = helpLabel->palette();
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive}) // disabled stays grey
        pal.setColor(g, QPalette::WindowText, QColor(0x5f, 0x5f, 0x5f));
    helpLabel->setPalette(pal);
    column->addWidget(helpLabel);

    field.issue = new IssueLabel(box);
    field.issue->setObjectName(QStringLiteral("issue:") + path);
    column->addWidget(field.issue);
    return box;
}

void ConfForm::setProfile(const Core::ClusterProfile &profile)
{
    m_filling = true;
    m_profile = profile;
    const bool clustered = profile.isClustered();
    QString dbType;
    if (const ConfKey *dbKey = m_release.confKey(ConfRole::DbType)) {
        dbType = profile.octaneConf.contains(dbKey->path)
                     ? profile.octaneConf.value(dbKey->path).toString()
                     : dbKey->defaultValue.toString();
    }
    for (Field &field : m_fields) {
        const ConfKey &key = field.key;
        if (key.role == ConfRole::NodeList) {
            QStringList hosts;
            for (const Core::Node &n : profile.nodes)
                hosts.append(n.host);
            field.line->setText(hosts.join(QStringLiteral(", ")));
            field.line->setCursorPosition(0);
            continue;
        }
        if (key.role == ConfRole::RepositoryFolder) {
            field.line->setText(profile.repositoryDir);
            field.line->setCursorPosition(0);
            continue;
        }
        if (key.secret)
            continue;
        QJsonValue value = profile.octaneConf.value(key.path);
        if (value.isUndefined() && key.defaultValue.isValid() && key.isRequired(clustered, dbType))
            value = QJsonValue::fromVariant(key.defaultValue);
        setFieldValue(field, value);
    }
    updateConnectionTemplate();
    m_filling = false;
}

void ConfForm::setFieldValue(Field &field, const QJsonValue &value)
{
    if (field.spin) {
        field.spin->setValue(value.isUndefined() || value.isNull() ? field.spin->minimum()
                                                                   : value.toVariant().toInt());
    } else if (field.combo) {
        const int index = field.combo->findData(value.toVariant().toString());
        field.combo->setCurrentIndex(qMax(0, index));
    } else if (field.check) {
        const QVariant v = value.isUndefined() ? field.key.defaultValue : value.toVariant();
        field.check->setChecked(v.toBool());
    } else if (field.line) {
        if (value.isArray()) {
            QStringList items;
            for (const QJsonValue &item : value.toArray())
                items.append(item.toVariant().toString());
            field.line->setText(items.join(QStringLiteral(", ")));
        } else {
            field.line->setText(
                value.isUndefined() || value.isNull() ? QString() : value.toVariant().toString());
        }
    }
}

QJsonValue ConfForm::fieldValue(const Field &field) const
{
    const ConfKey &key = field.key;
    if (field.spin) {
        if (field.spin->value() == field.spin->minimum())
            return QJsonValue::Undefined;
        return field.spin->value();
    }
    if (field.combo) {
        const QVariant v = field.combo->currentData();
        return v.isValid() ? QJsonValue(v.toString()) : QJsonValue(QJsonValue::Undefined);
    }
    if (field.check) {
        // A bool equal to its default adds nothing to the file.
        if (key.defaultValue.isValid() && key.defaultValue.toBool() == field.check->isChecked())
            return QJsonValue::Undefined;
        return field.check->isChecked();
    }
    if (field.line) {
        const QString text = field.line->text();
        if (key.type == ConfKeyType::List) {
            QJsonArray items;
            for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!item.trimmed().isEmpty())
                    items.append(item.trimmed());
            }
            return items.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(items);
        }
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    return QJsonValue::Undefined;
}

QJsonObject ConfForm::values() const
{
    QJsonObject out;
    for (const Field &field : m_fields) {
        if (field.readOnly || field.key.secret)
            continue;
        const QJsonValue v = fieldValue(field);
        if (!v.isUndefined())
            out.insert(field.key.path, v);
    }
    return out;
}

QHash<QString, QString> ConfForm::secrets() const
{
    QHash<QString, QString> out;
    for (const Field &field : m_fields) {
        if (field.key.secret && field.line && !field.line->text().isEmpty())
            out.insert(field.key.path, field.line->text());
    }
    return out;
}

void ConfForm::fillSecret(const QString &path, const QString &value)
{
    for (Field &field : m_fields) {
        if (field.key.path == path && field.key.secret && field.line &&
            field.line->text().isEmpty()) {
            field.line->setText(value);
            Q_EMIT edited();
        }
    }
}

void ConfForm::setIssues(const QList<Core::FieldIssue> &issues)
{
    QHash<QString, QStringList> byPath;
    QStringList general;
    for (const Core::FieldIssue &issue : issues) {
        if (editor(issue.field)) {
            QStringList &list = byPath[issue.field];
            if (!list.contains(issue.message))
                list.append(issue.message);
        } else {
            general.append(issue.field.isEmpty()
                               ? issue.message
                               : QStringLiteral("%1: %2").arg(issue.field, issue.message));
        }
    }
    for (Field &field : m_fields)
        field.issue->setText(byPath.value(field.key.path).join(QLatin1Char('\n')));
    m_generalIssue->setText(general.join(QLatin1Char('\n')));
}

QString ConfForm::issueText(const QString &path) const
{
    for (const Field &field : m_fields) {
        if (field.key.path == path)
            return field.issue->text();
    }
    return m_generalIssue->text();
}

QStringList ConfForm::groupTitles() const
{
    return m_groups;
}

QStringList ConfForm::fieldPaths(const QString &group) const
{
    QStringList out;
    for (const Field &field : m_fields) {
        if (group.isEmpty() || field.key.group == group)
            out.append(field.key.path);
    }
    return out;
}

QWidget *ConfForm::editor(const QString &path) const
{
    for (const Field &field : m_fields) {
        if (field.key.path == path)
            return field.editor;
    }
    return nullptr;
}

bool ConfForm::hasUnconfirmedBadge(const QString &path) const
{
    for (const Field &field : m_fields) {
        if (field.key.path == path)
            return field.badge != nullptr;
    }
    return false;
}

const ConfForm::Field *ConfForm::fieldOf(ConfRole role) const
{
    for (const Field &field : m_fields) {
        if (field.key.role == role)
            return &field;
    }
    return nullptr;
}

void ConfForm::onEdited()
{
    if (!m_filling)
        Q_EMIT edited();
}

QString ConfForm::connectionStringTemplate() const
{
    const Field *dbType = fieldOf(ConfRole::DbType);
    std::optional<Core::DatabaseKind> db;
    if (dbType)
        db = m_release.databaseFor(fieldValue(*dbType).toString());
    if (!db && !m_release.databases().isEmpty())
        db = m_release.databases().first();
    if (!db)
        return QString();
    QString host = m_profile.database.host.trimmed();
    if (host.isEmpty())
        host = QStringLiteral("DBHOST");
    else if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const int port = m_profile.database.port ? m_profile.database.port : db->defaultPort;
    // The service (Oracle) or database name (SQL Server) is left for the user to type: the
    // validator asks for it until it is there.
    if (db->jdbcSubprotocol == QLatin1String("sqlserver"))
        return QStringLiteral("jdbc:sqlserver://%1:%2;databaseName=").arg(host).arg(port);
    return QStringLiteral("jdbc:oracle:thin:@//%1:%2/").arg(host).arg(port);
}

void ConfForm::fillRequiredDefaults()
{
    const Field *dbType = fieldOf(ConfRole::DbType);
    const QString type = dbType ? fieldValue(*dbType).toString() : QString();
    const bool wasFilling = m_filling;
    m_filling = true;
    for (Field &field : m_fields) {
        if (field.readOnly || field.key.secret || !field.key.defaultValue.isValid() ||
            !field.key.isRequired(m_profile.isClustered(), type) ||
            !fieldValue(field).isUndefined()) {
            continue;
        }
        setFieldValue(field, QJsonValue::fromVariant(field.key.defaultValue));
    }
    m_filling = wasFilling;
}

bool ConfForm::isTemplateLike(const QString &text)
{
    static const QRegularExpression incomplete(
        QStringLiteral("^(jdbc:oracle:thin:@//[^/]*/|jdbc:sqlserver://[^;]*;databaseName=)$"));
    return text.isEmpty() || incomplete.match(text).hasMatch();
}

void ConfForm::updateConnectionTemplate()
{
    const Field *field = fieldOf(ConfRole::ConnectionString);
    if (!field || !field->line || !isTemplateLike(field->line->text()))
        return;
    const bool wasFilling = m_filling;
    m_filling = true;
    field->line->setText(connectionStringTemplate());
    m_filling = wasFilling;
}

} // namespace Ocw::Wizard
