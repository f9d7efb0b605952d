#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ocw::Core {

// A file a step writes on a node (shown by `plan`; the content is never shown when it holds
// secrets).
struct PlannedFile
{
    QString path;
    QString owner;
    QString mode;
    QString description;
};

// One remote action of an installation, as data: the same step is shown (dry run), run and
// reported. `commands` are exactly the shell commands the step runs (secrets travel on stdin
// and never appear here).
struct PlanStep
{
    QString id; // stable, e.g. "first-node.install"
    QString node;
    QString title;       // noun phrase: "Package installation"
    QString statusText;  // present progressive: "Installing the package…"
    QString description; // one sentence for the summary
    QStringList commands;
    QList<PlannedFile> files;

    QJsonObject toJson() const;
};

} // namespace Ocw::Core
