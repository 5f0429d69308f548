// Appearance: the desk's own preferences (language, light or dark) and the colours that carry
// meaning (an error's red, a success's green), chosen to stay readable on the palette in use.
#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

namespace tc {

enum class Appearance { System, Light, Dark };

namespace preferences {

// Kept per desk (QSettings of the user); read by the program at start.
QString language(); // "" = the system's
void setLanguage(const QString &language);
Appearance appearance();
void setAppearance(Appearance appearance);

} // namespace preferences

// Called once at start, before any window. System: the platform's style and palette, untouched.
// Light and Dark: the Fusion style with a light or dark palette, whatever the desktop says.
void applyAppearance(Appearance appearance);

bool isDark(const QPalette &palette);
QColor errorColor(const QPalette &palette);
QColor successColor(const QPalette &palette);
// A hint under a field: quieter than the text, still readable on the palette's window.
QColor hintColor(const QPalette &palette);
// "color: ..." for a label's message, from the widget's palette.
QString messageStyleSheet(const QWidget *widget, bool error);

} // namespace tc
