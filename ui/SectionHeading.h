// SectionHeading: the title line at the top of every section, in one look.
#pragma once

class QLabel;
class QString;

namespace tc {

QLabel *makeSectionHeading(const QString &title);

} // namespace tc
