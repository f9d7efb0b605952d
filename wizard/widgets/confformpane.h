#pragma once

#include <QScrollArea>

class QLabel;

namespace Ocw::Wizard {

class ConfForm;

// The First node page's left-hand side, scrolling: which release definition is in use with
// "Load definition…", a note when the keychain cannot be used, a legend, and the octane.conf
// form. Widgets only. GUI thread.
class ConfFormPane : public QScrollArea
{
    Q_OBJECT
public:
    explicit ConfFormPane(QWidget *parent = nullptr);

    ConfForm *form() const { return m_form; }
    void setReleaseText(const QString &text);
    QString releaseText() const;
    // A warning above the form (hidden when empty).
    void showKeychainNote(const QString &text);
    // The inputs, the release button with them; the pane still scrolls.
    void setInputsEnabled(bool enabled);

Q_SIGNALS:
    void loadDefinitionRequested();

private:
    QWidget *m_content = nullptr;
    QLabel *m_releaseLabel = nullptr;
    QLabel *m_keychainNote = nullptr;
    ConfForm *m_form = nullptr;
};

} // namespace Ocw::Wizard
