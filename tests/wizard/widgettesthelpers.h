#pragma once

// What the offscreen wizard tests share: screenshots of what they drove (to look at, not to
// compare) and typing into a named line edit as a user would.

#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace WidgetTest {

// $OCW_SHOTS_DIR, default /tmp/ocw-shots; created on first use.
inline QString shotsDir()
{
    const QString dir = qEnvironmentVariableIsSet("OCW_SHOTS_DIR")
                            ? qEnvironmentVariable("OCW_SHOTS_DIR")
                            : QStringLiteral("/tmp/ocw-shots");
    QDir().mkpath(dir);
    return dir;
}

// Saves `widget` as <shotsDir>/<name>.png; a test failure when it cannot be written.
inline void shoot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = shotsDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

// Clears the QLineEdit named `field` below `parent` and types `text` key by key.
inline void setText(QWidget *parent, const QString &field, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace WidgetTest
