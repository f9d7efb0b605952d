#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Ocw::Wizard {

class IssueLabel;

// The First node page's row under the form: the package file (path, Browse, its digest or what
// is wrong with it), the consent to set the repository variable, the sign-in scheme and how
// long to wait for the server. Widgets only: the page decides what they mean. GUI thread.
class InstallOptionsPane : public QWidget
{
    Q_OBJECT
public:
    explicit InstallOptionsPane(QWidget *parent = nullptr);

    QString packagePath() const;
    void setPackagePath(const QString &path);
    // The digest line (hidden when empty) and the issue under the path (hidden when empty).
    void setPackageInfo(const QString &text);
    QString packageInfo() const;
    void setPackageIssue(const QString &text);

    QCheckBox *repositoryEnvConsent() const { return m_repoEnv; }
    QComboBox *schemeChoice() const { return m_scheme; }
    QSpinBox *readyTimeout() const { return m_readyTimeout; }

Q_SIGNALS:
    // The user typed in the path (not emitted by setPackagePath()).
    void packagePathEdited();
    void browseRequested();
    // The consent, the scheme or the timeout changed (the plan says each).
    void optionsChanged();

private:
    QLineEdit *m_packagePath = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_packageInfo = nullptr;
    IssueLabel *m_packageIssue = nullptr;
    QCheckBox *m_repoEnv = nullptr;
    QComboBox *m_scheme = nullptr;
    QSpinBox *m_readyTimeout = nullptr;
};

} // namespace Ocw::Wizard
