#pragma once

#include <QByteArray>
#include <QtEndian>

namespace Ocw::Core {

// Reads SSH wire-format strings: uint32 length + bytes.
class WireReader
{
public:
    explicit WireReader(const QByteArray &data, qsizetype pos = 0)
        : m_data(data)
        , m_pos(pos)
    {
    }
    bool readString(QByteArray *out)
    {
        if (m_pos + 4 > m_data.size())
            return false;
        const quint32 len = qFromBigEndian<quint32>(m_data.constData() + m_pos);
        if (qsizetype(len) > m_data.size() - m_pos - 4)
            return false;
        *out = m_data.mid(m_pos + 4, qsizetype(len));
        m_pos += 4 + qsizetype(len);
        return true;
    }
    bool readUint32(quint32 *out)
    {
        if (m_pos + 4 > m_data.size())
            return false;
        *out = qFromBigEndian<quint32>(m_data.constData() + m_pos);
        m_pos += 4;
        return true;
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos;
};

} // namespace Ocw::Core
