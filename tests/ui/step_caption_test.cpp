#include "caption_test_util.h"
#include "example_library.h"
#include "languages.h"
#include "memstep/run.h"
#include "step_caption.h"

#include <QCoreApplication>
#include <cstdio>
#include <gtest/gtest.h>

using caption_test::captions;
using caption_test::contains;
using caption_test::joined;
using caption_test::seed;
using memstep::core::EventKind;
using memstep::core::ProgramState;
using memstep::core::Trace;
using memstep::ui::describeStep;

TEST(StepCaption, FirstSeedSharesOneObject) {
    const auto all = captions(seed(":/examples/01_seed_same_object.py"));
    EXPECT_TRUE(contains(all, "The program starts with an empty global frame.")) << joined(all);
    EXPECT_TRUE(contains(all, "a refers to a new int 10.")) << joined(all);
    EXPECT_TRUE(contains(all, "b refers to the same int 10 as a.")) << joined(all);
    EXPECT_TRUE(contains(all, "Printed \"a and b refer to the same object\".")) << joined(all);
}

TEST(StepCaption, SecondSeedRebindsToANewInt) {
    const auto all = captions(seed(":/examples/02_seed_diverging.py"));
    // The `a += 1` moment: a moves to a new object, b stays behind.
    EXPECT_TRUE(contains(all, "a now refers to a new int 11; b still refers to 10."))
        << joined(all);
}

TEST(StepCaption, CallsReturnsAndFrames) {
    const auto all = captions("def f(n):\n    m = n * 2\n    return m\n\nx = f(3)\n");
    EXPECT_TRUE(contains(all, "f(3) called: new frame with n -> 3.")) << joined(all);
    EXPECT_TRUE(contains(all, "m refers to a new int 6.")) << joined(all);
    EXPECT_TRUE(contains(all, "f is about to return 6.")) << joined(all);
    // The frame goes, and its return value is bound in the caller.
    bool returned = false;
    for (const std::string& caption : all) {
        returned = returned || (caption.rfind("f returned 6: its frame is gone", 0) == 0 &&
                                caption.find("x refers to the int 6") != std::string::npos);
    }
    EXPECT_TRUE(returned) << joined(all);
}

TEST(StepCaption, MutationNamesTheChange) {
    const auto all = captions(seed(":/examples/03_aliasing_a_list.py"));
    EXPECT_TRUE(contains(all, "second refers to the same list [1, 2, 3] as first.")) << joined(all);
    EXPECT_TRUE(contains(all, "The list [1, 2, 3, 4] was changed: item 4 appended."))
        << joined(all);

    const auto dict = captions("d = {'a': 1}\nd['b'] = 2\nd['a'] = 3\ndel d['b']\n");
    EXPECT_TRUE(
        contains(dict, "The dict {'a': 1, 'b': 2} was changed: key 'b' added, mapping to 2."))
        << joined(dict);
    EXPECT_TRUE(contains(dict, "The dict {'a': 3, 'b': 2} was changed: key 'a' now maps to 3; "
                               "the int 1 is no longer referenced and is freed."))
        << joined(dict);
    EXPECT_TRUE(contains(dict, "The dict {'a': 3} was changed: key 'b' removed; "
                               "the str 'b' and the int 2 are no longer referenced and are freed."))
        << joined(dict);

    const auto items = captions("xs = [1, 2]\nxs[0] = 5\nxs.insert(0, 7)\n");
    EXPECT_TRUE(contains(items, "The list [5, 2] was changed: item 0 set to 5; "
                                "the int 1 is no longer referenced and is freed."))
        << joined(items);
    EXPECT_TRUE(contains(items, "The list [7, 5, 2] was changed: 7 inserted at index 0."))
        << joined(items);
}

TEST(StepCaption, FreedObjectsAreNamed) {
    const auto all = captions("x = 300\nx = 'hi'\n");
    EXPECT_TRUE(contains(
        all, "x now refers to a new str 'hi'; the int 300 is no longer referenced and is freed."))
        << joined(all);
}

TEST(StepCaption, SwapsAndGarbageAreToldTruly) {
    const auto swap = captions(seed(":/examples/08_swapping.py"));
    // Both names move at once: neither "still" refers to its old string.
    EXPECT_TRUE(contains(swap, "x now refers to the str 'right'; y now refers to the str 'left'."))
        << joined(swap);
    const auto garbage = captions(seed(":/examples/12_garbage_collection.py"));
    EXPECT_TRUE(contains(garbage,
                         "numbers now refers to a new list [4, 5]; the list [1, 2, 3] and 3 other "
                         "objects are no longer referenced and are freed."))
        << joined(garbage);
    // None is never freed in CPython, even when the diagram stops drawing it.
    const auto none = captions("def f():\n    pass\n\nf()\n");
    for (const std::string& caption : none) {
        EXPECT_EQ(caption.find("None is no longer"), std::string::npos) << caption;
    }
}

// True when some caption contains `part`.
bool anyContains(const std::vector<std::string>& all, const std::string& part) {
    return std::any_of(all.begin(), all.end(), [&](const std::string& caption) {
        return caption.find(part) != std::string::npos;
    });
}

TEST(StepCaption, ExceptionsAreToldAsTheyTravel) {
    const auto all = captions("def parse(text):\n    e = ValueError('bad value')\n    raise e\n\n"
                              "try:\n    parse('x')\nexcept ValueError as err:\n    print(err)\n");
    EXPECT_TRUE(anyContains(all, "parse raises ValueError: bad value")) << joined(all);
    EXPECT_TRUE(contains(all, "The error leaves parse.")) << joined(all);
    EXPECT_TRUE(anyContains(all, "the ValueError reaches the program")) << joined(all);
    EXPECT_TRUE(anyContains(all, "except ValueError catches it as err")) << joined(all);
    EXPECT_FALSE(anyContains(all, "parse is about to return")) << joined(all);
    EXPECT_FALSE(anyContains(all, "parse returned")) << joined(all);
    // The caught object is the raised one: it is not freed and made again on the way, only
    // once its handler is over.
    const auto caught = std::find_if(all.begin(), all.end(), [](const std::string& caption) {
        return caption.find("catches it as err") != std::string::npos;
    });
    ASSERT_NE(caught, all.end());
    for (auto it = all.begin(); it != caught; ++it) {
        EXPECT_EQ(it->find("ValueError bad value is no longer referenced"), std::string::npos)
            << *it;
    }
    EXPECT_TRUE(anyContains(all, "ValueError bad value is no longer referenced")) << joined(all);

    const auto top = captions("x = 1\nraise KeyError('k')\n");
    EXPECT_TRUE(anyContains(top, "The program raises KeyError: 'k'.")) << joined(top);
    EXPECT_TRUE(anyContains(top, "The program stops: KeyError: 'k'.")) << joined(top);
}

TEST(StepCaption, CrashIsCaptionedAsTheCrash) {
    const auto all = captions("def f(n):\n    return 10 // n\n\nf(0)\n");
    ASSERT_FALSE(all.empty());
    EXPECT_EQ(all.back(),
              "The program stops: ZeroDivisionError: integer division or modulo by zero.")
        << joined(all);
}

TEST(StepCaption, YieldIsNotAReturn) {
    const auto all =
        captions("def gen():\n    yield 1\n    yield 2\n\ng = gen()\na = next(g)\nb = next(g)\n");
    EXPECT_TRUE(anyContains(all, "gen yields 1")) << joined(all);
    EXPECT_TRUE(anyContains(all, "gen is paused")) << joined(all);
    EXPECT_TRUE(anyContains(all, "gen resumes where it paused")) << joined(all);
    EXPECT_FALSE(anyContains(all, "gen is about to return 1")) << joined(all);
    EXPECT_FALSE(anyContains(all, "gen returned 1")) << joined(all);
}

TEST(StepCaption, StepsWithoutChangesSaySo) {
    const auto all = captions("x = 1\nif x:\n    pass\n");
    bool quiet = false;
    for (const std::string& caption : all) {
        quiet = quiet || caption.find("nothing changed in memory") != std::string::npos;
    }
    EXPECT_TRUE(quiet) << joined(all);
}

TEST(StepCaption, LongValuesAreCut) {
    const auto all = captions("xs = list(range(20))\n");
    bool cut = false;
    for (const std::string& caption : all) {
        cut = cut || caption.find("xs refers to a new list [0, 1, 2, 3, 4, \xE2\x80\xA6].") !=
                         std::string::npos;
    }
    EXPECT_TRUE(cut) << joined(all);
}

// Not a check but a tool: MEMSTEP_PRINT_CAPTIONS=1 prints every example's captions, to read
// them as a learner would; MEMSTEP_PRINT_CAPTIONS=de (a language's code) in that language.
TEST(StepCaption, PrintExampleCaptions) {
    if (!qEnvironmentVariableIsSet("MEMSTEP_PRINT_CAPTIONS")) {
        GTEST_SKIP() << "set MEMSTEP_PRINT_CAPTIONS to print the examples' captions";
    }
    const QString code = qEnvironmentVariable("MEMSTEP_PRINT_CAPTIONS");
    const memstep::ui::Translations language(*QCoreApplication::instance(),
                                             code.size() >= 2 ? code : QStringLiteral("en"));
    for (const memstep::ui::Example& example : memstep::ui::ExampleLibrary::examples()) {
        std::printf(
            "== %s\n%s", example.resource.toUtf8().constData(),
            joined(captions(memstep::ui::ExampleLibrary::source(example).toStdString())).c_str());
    }
}

// No caption has a double space ("the ValueError  is") or a period after an ellipsis ("…."),
// whatever the values: empty exception messages, clipped long texts and numbers.
TEST(StepCaption, NoDoubleSpacesOrPeriodsAfterAnEllipsis) {
    std::vector<std::string> programs = {
        "try:\n    raise ValueError()\nexcept ValueError as e:\n    err = e\n",
        "try:\n    raise ValueError\nexcept ValueError:\n    pass\n",
        "class Oops(Exception):\n    pass\ntry:\n    raise Oops()\nexcept Oops as e:\n"
        "    caught = e\n",
        "n = 10 ** 60\ns = 'x' * 100\nt = (n, s)\n",
        "def f():\n    return 'y' * 90\nr = f()\n",
        "raise ValueError('a very long message that goes on and on past the caption limit')\n",
        "raise KeyError()\n",
    };
    for (const memstep::ui::Example& example : memstep::ui::ExampleLibrary::examples()) {
        programs.push_back(memstep::ui::ExampleLibrary::source(example).toStdString());
    }
    for (const std::string& program : programs) {
        for (const std::string& caption : captions(program)) {
            EXPECT_EQ(caption.find("  "), std::string::npos) << caption;
            EXPECT_EQ(caption.find("\xE2\x80\xA6."), std::string::npos) << caption;
            EXPECT_NE(caption.substr(caption.size() - 2), "..") << caption;
        }
    }
}

// `x = y = []` makes one list: the second name gets the same list, not another new one.
TEST(StepCaption, ChainedAssignmentSharesTheNewObject) {
    const auto all = captions("x = y = []\np = q = r = 1000\n");
    EXPECT_TRUE(contains(all, "x refers to a new list []; y refers to the same list [] as x."))
        << joined(all);
    EXPECT_TRUE(contains(all, "p refers to a new int 1000; q refers to the same int 1000 as p; "
                              "r refers to the same int 1000 as p and q."))
        << joined(all);
}
