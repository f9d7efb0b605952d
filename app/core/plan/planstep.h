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

// One command of a step's dry run, exactly as it runs (runtime values such as a log offset
// appear as <placeholders>, see Step::plannedForm). `conditional`: runs only in the case the
// note names; `repeated`: runs one or more times in a row (a poll).
struct PlannedCommand
{
    QString text;
    QString note;
    bool conditional = false;
    bool repeated = false;

    QString display() const
    {
        return note.isEmpty() ? text : text + QStringLiteral("   # ") + note;
    }
};

// One remote action of an installation, as data: what the dry run shows for a step on a node.
// Built by Step::describe() from the same object that runs, so the plan and the run cannot
// differ. Secrets travel on stdin and never appear here.
struct PlanStep
{
    QString id; // stable, e.g. "first-node.install"
    QString node;
    QString title;       // noun phrase: "Package installation"
    QString statusText;  // present progressive: "Installing the package…"
    QString description; // one sentence for the summary
    QList<PlannedCommand> commands;
    QList<PlannedFile> files;
    bool changesNode = false;
    QString doneWhen;    // how a second run sees that the step is already done
    QString afterCancel; // what a cancel during the step leaves on the node

    QStringList commandLines() const; // display() of every command
    QJsonObject toJson() const;
};

} // namespace Ocw::Core
