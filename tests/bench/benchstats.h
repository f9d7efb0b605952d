#pragma once

#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>

namespace Ocw::Bench {

// Order statistics over a handful of samples. Percentiles use the nearest-rank method
// (p95 of 200 samples is the 190th smallest), so every figure is a value that was measured.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const int rank = int(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp(rank, 1, int(samples.size())) - 1);
}

inline double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2.0;
}

inline double maximum(const QList<double> &samples)
{
    return samples.isEmpty() ? 0.0 : *std::max_element(samples.begin(), samples.end());
}

inline double minimum(const QList<double> &samples)
{
    return samples.isEmpty() ? 0.0 : *std::min_element(samples.begin(), samples.end());
}

// CPU time in ms of a lab node's cgroup (its sshd and everything started through it), from
// cgroup v2's cpu.stat; -1 when the lab's cgroups are not there.
inline double labNodeCpuMs(const QString &host)
{
    const QString name = host.section(QLatin1Char('.'), 0, 0);
    for (const char *root : {"/sys/fs/cgroup/unified/ocwlab/", "/sys/fs/cgroup/ocwlab/"}) {
        QFile f(QLatin1String(root) + name + QStringLiteral("/cpu.stat"));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = f.readAll();
        const qsizetype at = text.indexOf("usage_usec ");
        if (at < 0)
            return -1.0;
        return text.mid(at + 11, text.indexOf('\n', at) - at - 11).trimmed().toDouble() / 1e3;
    }
    return -1.0;
}

} // namespace Ocw::Bench
