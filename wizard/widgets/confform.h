#pragma once

#include "core/model/clusterprofile.h"
#include "core/model/profilevalidator.h"
#include "core/model/releasedefinition.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace Ocw::Wizard {

class IssueLabel;

// The octane.conf settings as a form generated from the release definition's schema: one group
// box per `group`, one field per key with an editor chosen by its type (line edit, spin box
// with the key's range, combo box for an enum, check box for a bool, a masked line edit with a
// Show toggle for a secret), its help as tooltip and small text, a "?" badge on keys the public
// documentation does not confirm, and the validator's messages under the field. The node list
// and the repository folder are read-only: the profile gives them. GUI thread.
class ConfForm : public QWidget
{
    Q_OBJECT
public:
    explicit ConfForm(QWidget *parent = nullptr);

    // Rebuilds every field from `release`'s schema; values are cleared.
    void setRelease(const Core::ReleaseDefinition &release);
    // Fills the fields from `profile`: its octaneConf (else the default of a required key), the
    // read-only node list and repository folder, and the connection string as a template with
    // the profile's database server when it has no value yet. Secrets are left alone.
    void setProfile(const Core::ClusterProfile &profile);

    // The non-secret values set in the form, by key path; the node list and the repository
    // folder are left out (the profile gives them).
    QJsonObject values() const;
    // The secrets typed, by key path; empty fields are left out.
    QHash<QString, QString> secrets() const;
    // Fills a secret field that is still empty (e.g. from the keychain).
    void fillSecret(const QString &path, const QString &value);

    // Shows each issue under its field (several join); issues of keys without a field show at
    // the top of the form.
    void setIssues(const QList<Core::FieldIssue> &issues);
    QString issueText(const QString &path) const; // "" for a field without issues

    // For tests and accessibility tools: editors are named after their key path.
    QStringList groupTitles() const;
    QStringList fieldPaths(const QString &group = QString()) const;
    QWidget *editor(const QString &path) const;
    bool hasUnconfirmedBadge(const QString &path) const;
    // The connection string prefilled for the profile's database server and chosen database.
    QString connectionStringTemplate() const;

Q_SIGNALS:
    // The user changed a value (not emitted while setProfile() fills the form).
    void edited();

private:
    struct Field
    {
        Core::ConfKey key;
        QWidget *editor = nullptr;
        QLineEdit *line = nullptr;
        QSpinBox *spin = nullptr;
        QComboBox *combo = nullptr;
        QCheckBox *check = nullptr;
        QLabel *badge = nullptr;
        IssueLabel *issue = nullptr;
        bool readOnly = false;
    };

    QWidget *buildField(Field &field, QWidget *parent);
    QWidget *buildLabel(Field &field, QWidget *parent);
    void setFieldValue(Field &field, const QJsonValue &value);
    QJsonValue fieldValue(const Field &field) const;
    const Field *fieldOf(Core::ConfRole role) const;
    void onEdited();
    void updateConnectionTemplate();
    // Empty keys the chosen database type requires get their default.
    void fillRequiredDefaults();
    static bool isTemplateLike(const QString &text);

    Core::ReleaseDefinition m_release;
    Core::ClusterProfile m_profile;
    QList<Field> m_fields;
    QStringList m_groups;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    IssueLabel *m_generalIssue = nullptr;
    bool m_filling = false;
};

} // namespace Ocw::Wizard
