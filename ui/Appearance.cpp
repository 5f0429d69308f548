#include "Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace tc {

namespace {

const QString kLanguageKey = QStringLiteral("preferences/language");
const QString kAppearanceKey = QStringLiteral("preferences/appearance");

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2f, 0x33);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x86, 0x8b);
    const QColor highlight(0x3d, 0x7a, 0xd6);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    // Lighter than the window, so that a pressed or checked button (drawn darker) stands out.
    p.setColor(QPalette::Button, window.lighter(135));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(125));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return p;
}

} // namespace

QString preferences::language()
{
    return QSettings().value(kLanguageKey).toString();
}

void preferences::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

Appearance preferences::appearance()
{
    const QString value = QSettings().value(kAppearanceKey).toString();
    if (value == u"dark")
        return Appearance::Dark;
    if (value == u"light")
        return Appearance::Light;
    return Appearance::System;
}

void preferences::setAppearance(Appearance appearance)
{
    QSettings settings;
    switch (appearance) {
    case Appearance::System:
        settings.remove(kAppearanceKey);
        break;
    case Appearance::Light:
        settings.setValue(kAppearanceKey, QStringLiteral("light"));
        break;
    case Appearance::Dark:
        settings.setValue(kAppearanceKey, QStringLiteral("dark"));
        break;
    }
}

void applyAppearance(Appearance appearance)
{
    if (appearance == Appearance::System)
        return; // the platform's style and palette, as the program started with them
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(appearance == Appearance::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor successColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
}

QColor hintColor(const QPalette &palette)
{
    const QColor placeholder = palette.color(QPalette::PlaceholderText);
    return isDark(palette) ? placeholder.lighter(150) : placeholder.darker(130);
}

QString messageStyleSheet(const QWidget *widget, bool error)
{
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    return QStringLiteral("color: %1").arg((error ? errorColor(palette) : successColor(palette)).name());
}

} // namespace tc
