#include "displaytext.h"

namespace Ocw::Core {

QString DisplayText::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'\n':
            out += QLatin1String("\\n");
            continue;
        case u'\r':
            out += QLatin1String("\\r");
            continue;
        case u'\t':
            out += QLatin1String("\\t");
            continue;
        default:
            break;
        }
        // C0, DEL, C1 and the Unicode line/paragraph separators all break or hide a line.
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029) {
            out += QStringLiteral("\\x%1").arg(unsigned(u), u > 0xff ? 4 : 2, 16, QLatin1Char('0'));
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace Ocw::Core
