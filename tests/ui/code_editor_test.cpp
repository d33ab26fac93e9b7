// The editor's step arrows grow with its text, so that they stay visible beside a projected
// presentation's large code.
#include "code_editor.h"

#include <gtest/gtest.h>

using memstep::ui::CodeEditor;

TEST(CodeEditor, StepArrowMarginGrowsWithTheFont) {
    CodeEditor editor;
    editor.setEditorFontSize(10);
    const int small = editor.marginWidth(CodeEditor::kArrowMargin);
    editor.setEditorFontSize(40);
    const int large = editor.marginWidth(CodeEditor::kArrowMargin);
    EXPECT_GE(small, 20);
    EXPECT_GT(large, small + 20) << "the arrows kept their size beside 40 pt code";
    editor.setEditorFontSize(10);
    EXPECT_EQ(editor.marginWidth(CodeEditor::kArrowMargin), small);
}
