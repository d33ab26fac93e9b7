// The application's light, dark and high-contrast themes (Fusion style with a matching
// palette). High contrast is black on white with a strong blue for selection and focus, every
// text at least 7:1 against its background (disabled text too).
//
// The diagram and the editor have their own colour sets; this only dresses the widgets
// around them so that the whole window agrees.
#pragma once

class QApplication;

namespace memstep::ui {

class AppTheme {
public:
    static void apply(bool dark, bool highContrast = false);
};

} // namespace memstep::ui
