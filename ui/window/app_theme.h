// The application's light and dark themes (Fusion style with a matching palette).
//
// The diagram and the editor have their own colour sets; this only dresses the widgets
// around them so that the whole window agrees.
#pragma once

class QApplication;

namespace memstep::ui {

class AppTheme {
public:
    static void apply(bool dark);
};

} // namespace memstep::ui
