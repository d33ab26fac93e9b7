// The step captions in other languages (step_caption.h, resources/translations/captions_*.ts):
// whole captions of real programs under German, French and Chinese, no English word left in a
// German caption, every catalogue complete and up to date with the builder's templates, and a
// German handout page.
#include "caption_bar.h"
#include "caption_test_util.h"
#include "example_library.h"
#include "handout_export.h"
#include "languages.h"
#include "main_window.h"
#include "memstep/run.h"
#include "step_caption.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using caption_test::captions;
using caption_test::contains;
using caption_test::joined;
using caption_test::seed;
using memstep::core::ProgramState;
using memstep::ui::describeStep;
using memstep::ui::Translations;

namespace {

const char* const kLanguages[] = {"de", "fr", "es", "pt_BR", "zh_CN", "fi"};

// The captions a few real programs get: assignment, sharing, rebinding, a call and its
// return, an append, an exception, freed objects and output.
struct Programs {
    std::vector<std::string> shared = captions(seed(":/examples/01_seed_same_object.py"));
    std::vector<std::string> rebound = captions(seed(":/examples/02_seed_diverging.py"));
    std::vector<std::string> call =
        captions("def f(n):\n    m = n * 2\n    return m\n\nx = f(3)\n");
    std::vector<std::string> append = captions(seed(":/examples/03_aliasing_a_list.py"));
    std::vector<std::string> crash = captions("def f(n):\n    return 10 // n\n\nf(0)\n");
    std::vector<std::string> freed = captions("x = 300\nx = 'hi'\n");
    std::vector<std::string> garbage = captions(seed(":/examples/12_garbage_collection.py"));
};

// Words of the English templates that a caption in another language must not hold outside
// Python's own text. Words German shares with English (an, Index, Generator), Python's type
// names (set, function, class, module) and next() are left out.
const char* const kEnglishWords[] = {
    "the",      "a",       "and",       "as",      "with",       "refers",   "refer",    "now",
    "new",      "same",    "still",     "called",  "frame",      "returned", "return",   "gone",
    "changed",  "item",    "appended",  "key",     "maps",       "added",    "mapping",  "removed",
    "inserted", "at",      "attribute", "deleted", "emptied",    "its",      "contents", "replaced",
    "printed",  "program", "raises",    "raised",  "stops",      "error",    "leaves",   "yields",
    "about",    "clause",  "catches",   "it",      "reaches",    "checks",   "line",     "runs",
    "nothing",  "memory",  "no",        "longer",  "referenced", "is",       "are",      "freed",
    "other",    "objects", "object",    "more",    "changes",    "starts",   "empty",    "global",
    "body",     "paused",  "resumes",   "where",   "variables",  "name",     "ends",     "built-in",
    "by",       "for",
};

// Programs whose names and values are no English words, so that every English word found in
// their captions comes from a template left untranslated; together they use every template.
const char* const kEveryTemplate[] = {
    "x = 10\ny = x\nx = x + 1\nz = None\nz = None\n",
    "def f(n):\n    m = n * 2\n    return m\n\nr = f(3)\nq = f(4)\nprint(r, q)\n",
    "xs = [1, 2]\nxs.append(3)\nxs[0] = 5\nxs.insert(0, 7)\nxs.pop(1)\nxs.clear()\n"
    "xs.extend([4, 3])\nxs.sort()\n",
    "d = {'k': 1}\nd['w'] = 2\nd['k'] = 3\ndel d['w']\ns = {1}\ns.add(2)\ns.discard(1)\n",
    "class P:\n    pass\n\np = P()\np.x = 1\ndel p.x\nv = [p]\nw = len\ndel w\n",
    "def g():\n    yield 1\n    yield 2\n\nh = g()\nk = next(h)\nh = 0\n",
    "def f():\n    raise ValueError\n\ntry:\n    f()\nexcept ValueError as e:\n    t = 1\n",
    "try:\n    raise ValueError\nexcept KeyError:\n    pass\nexcept ValueError:\n    pass\n",
    "xs = [[1, 2], [3]]\nxs = 0\nys = [1, 2]\nys = [3]\n",
    "p = q = r = s = t = u = 10\np, q, r, s, t, u = 1, 2, 3, 4, 5, 6\n",
    "x = 1\nif x:\n    pass\n",
    "x = 10\ny = x\nz = x\nw = 5\nx = w\nxs = [7]\nw = xs.pop()\n",
    "def g():\n    yield 1\n    yield 2\n\nh = g()\nk = next(h)\nk = next(h)\n",
    "def f():\n    g()\n\ndef g():\n    raise ValueError\n\ntry:\n    f()\nexcept ValueError:\n"
    "    pass\n",
    "def f():\n    p, q, r, s = 1000, 2000, 3000, 4000\n\nf()\n",
    "raise KeyError('k')\n",
};

// Whole words of `caption` that are English template words; Python's text in it (quoted
// values, printed text) is skipped by taking out what stands in quotes first.
QStringList englishWordsIn(const std::string& caption) {
    QString text = QString::fromStdString(caption);
    text.remove(QRegularExpression(QStringLiteral("'[^']*'|„[^“]*“")));
    QStringList found;
    for (const char* word : kEnglishWords) {
        const QRegularExpression whole(QStringLiteral("(?<![\\w-])%1(?![\\w-])")
                                           .arg(QRegularExpression::escape(QLatin1String(word))));
        if (text.contains(whole)) {
            found << QLatin1String(word);
        }
    }
    return found;
}

} // namespace

TEST(StepCaptionLanguage, GermanTellsRealPrograms) {
    const Translations german(*QCoreApplication::instance(), QStringLiteral("de"));
    ASSERT_GE(german.loadedFiles(), 1);
    const Programs p;
    EXPECT_TRUE(contains(p.shared, "Das Programm beginnt mit einem leeren globalen Rahmen."))
        << joined(p.shared);
    EXPECT_TRUE(contains(p.shared, "a verweist auf ein neues Objekt int 10.")) << joined(p.shared);
    EXPECT_TRUE(contains(p.shared, "b verweist auf dasselbe Objekt int 10 wie a."))
        << joined(p.shared);
    EXPECT_TRUE(contains(p.shared, "Ausgegeben: „a and b refer to the same object“."))
        << joined(p.shared);
    EXPECT_TRUE(contains(
        p.rebound, "a verweist jetzt auf ein neues Objekt int 11; b verweist weiterhin auf 10."))
        << joined(p.rebound);
    EXPECT_TRUE(contains(p.call, "f(3) aufgerufen: neuer Rahmen mit n -> 3.")) << joined(p.call);
    EXPECT_TRUE(contains(p.call, "f gibt gleich 6 zurück.")) << joined(p.call);
    EXPECT_TRUE(contains(p.call, "f hat 6 zurückgegeben: ihr Rahmen verschwindet; "
                                 "x verweist auf das Objekt int 6; auf das Objekt int 3 verweist "
                                 "nichts mehr, es wird freigegeben."))
        << joined(p.call);
    EXPECT_TRUE(
        contains(p.append, "Das Objekt list [1, 2, 3, 4] wurde geändert: Element 4 angehängt."))
        << joined(p.append);
    EXPECT_EQ(p.crash.back(),
              "Das Programm bricht ab: ZeroDivisionError: integer division or modulo by zero.")
        << joined(p.crash);
    EXPECT_TRUE(contains(p.freed, "x verweist jetzt auf ein neues Objekt str 'hi'; auf das Objekt "
                                  "int 300 verweist nichts mehr, es wird freigegeben."))
        << joined(p.freed);
    EXPECT_TRUE(contains(p.garbage, "numbers verweist jetzt auf ein neues Objekt list [4, 5]; auf "
                                    "das Objekt list [1, 2, 3] und 3 weitere Objekte verweist "
                                    "nichts mehr, sie werden freigegeben."))
        << joined(p.garbage);
}

TEST(StepCaptionLanguage, FrenchTellsRealPrograms) {
    const Translations french(*QCoreApplication::instance(), QStringLiteral("fr"));
    ASSERT_GE(french.loadedFiles(), 1);
    const Programs p;
    // French sets a no-break space before ":" and "»", after "«", and a narrow one before ";".
    EXPECT_TRUE(contains(p.shared, "a désigne un nouvel objet int 10.")) << joined(p.shared);
    EXPECT_TRUE(contains(p.shared, "b désigne le même objet int 10 que a.")) << joined(p.shared);
    EXPECT_TRUE(
        contains(p.shared, "Affiché\u00a0: «\u00a0a and b refer to the same object\u00a0»."))
        << joined(p.shared);
    EXPECT_TRUE(contains(
        p.rebound, "a désigne maintenant un nouvel objet int 11\u202f; b désigne toujours 10."))
        << joined(p.rebound);
    EXPECT_TRUE(contains(p.call, "Appel de f(3)\u00a0: nouveau cadre avec n -> 3."))
        << joined(p.call);
    EXPECT_TRUE(contains(p.call, "f va renvoyer 6.")) << joined(p.call);
    EXPECT_TRUE(contains(p.call,
                         "f a renvoyé 6\u00a0: son cadre disparaît\u202f; x désigne l'objet "
                         "int 6\u202f; l'objet int 3 n'est plus référencé et il est libéré."))
        << joined(p.call);
    EXPECT_TRUE(contains(p.append, "L'objet list [1, 2, 3, 4] a été modifié\u00a0: élément 4 "
                                   "ajouté à la fin."))
        << joined(p.append);
    EXPECT_EQ(p.crash.back(), "Le programme s'arrête\u00a0: ZeroDivisionError: integer division or "
                              "modulo by zero.")
        << joined(p.crash);
    EXPECT_TRUE(contains(p.freed,
                         "x désigne maintenant un nouvel objet str 'hi'\u202f; l'objet int "
                         "300 n'est plus référencé et il est libéré."))
        << joined(p.freed);
    EXPECT_TRUE(contains(p.garbage, "numbers désigne maintenant un nouvel objet list [4, 5]\u202f; "
                                    "plus rien ne référence l'objet list [1, 2, 3] ni 3 autres "
                                    "objets, qui sont libérés."))
        << joined(p.garbage);
}

TEST(StepCaptionLanguage, ChineseTellsRealPrograms) {
    const Translations chinese(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    ASSERT_GE(chinese.loadedFiles(), 1);
    const Programs p;
    EXPECT_TRUE(contains(p.shared, "a 指向一个新的 int 10。")) << joined(p.shared);
    EXPECT_TRUE(contains(p.shared, "b 和 a 指向同一个 int 10。")) << joined(p.shared);
    EXPECT_TRUE(contains(p.rebound, "a 现在指向一个新的 int 11；b 仍然指向 10。"))
        << joined(p.rebound);
    EXPECT_TRUE(contains(p.append, "修改了 list [1, 2, 3, 4]：在末尾追加了 4。"))
        << joined(p.append);
    EXPECT_TRUE(contains(p.garbage, "numbers 现在指向一个新的 list [4, 5]；不再有引用指向 "
                                    "list [1, 2, 3] 和另外 3 个对象，它们已被释放。"))
        << joined(p.garbage);
}

// Translations last only as long as they are installed: the captions are English again after.
TEST(StepCaptionLanguage, EnglishComesBackWhenTheTranslationGoes) {
    {
        const Translations german(*QCoreApplication::instance(), QStringLiteral("de"));
        EXPECT_TRUE(contains(captions("x = 300\n"), "x verweist auf ein neues Objekt int 300."));
    }
    EXPECT_TRUE(contains(captions("x = 300\n"), "x refers to a new int 300."));
}

TEST(StepCaptionLanguage, NoEnglishWordInAGermanCaption) {
    // The check itself finds English: every program has one in its English captions.
    for (const char* program : kEveryTemplate) {
        bool english = false;
        for (const std::string& caption : captions(program)) {
            english = english || !englishWordsIn(caption).isEmpty();
        }
        EXPECT_TRUE(english) << program;
    }
    const Translations german(*QCoreApplication::instance(), QStringLiteral("de"));
    for (const char* program : kEveryTemplate) {
        for (const std::string& caption : captions(program)) {
            EXPECT_TRUE(englishWordsIn(caption).isEmpty())
                << caption << "\n  English: " << englishWordsIn(caption).join(' ').toStdString();
        }
    }
}

namespace {

// One message of a Qt Linguist catalogue.
struct Message {
    QString source;
    QString comment; // the disambiguation: two templates of one source told apart
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per plural form
};

std::vector<Message> readCatalogue(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    std::vector<Message> messages;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("message")) {
            messages.push_back({});
            messages.back().numerus = xml.attributes().value("numerus") == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            messages.back().source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            messages.back().comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            Message& message = messages.back();
            message.unfinished = !xml.attributes().value("type").isEmpty();
            if (!message.numerus) {
                message.translations << xml.readElementText();
            }
        } else if (name == QLatin1String("numerusform")) {
            messages.back().translations << xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

// "%1 %2 %n": the placeholders of `text`, each once, in order.
std::string placeholders(const QString& text) {
    QStringList found;
    static const QRegularExpression placeholder(QStringLiteral("%[1-9n]"));
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(text)) {
        found << match.captured();
    }
    found.sort();
    found.removeDuplicates();
    return found.join(' ').toStdString();
}

// "source" or "source|disambiguation" for every StepCaption::tr the builder calls.
QSet<QString> templatesInTheBuilder() {
    QSet<QString> found;
    const QDir folder(QStringLiteral(MEMSTEP_EXAMPLES_DIR "/../../ui/animation"));
    static const QRegularExpression call(QStringLiteral(
        R"re(StepCaption::tr\(\s*"((?:[^"\\]|\\.)*)"(?:\s*,\s*"((?:[^"\\]|\\.)*)")?)re"));
    for (const QString& name : folder.entryList({QStringLiteral("step_caption*.cpp")})) {
        QFile file(folder.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const QString code = QString::fromUtf8(file.readAll());
        for (const QRegularExpressionMatch& match : call.globalMatch(code)) {
            QString source = match.captured(1);
            source.replace(QStringLiteral("\\\""), QStringLiteral("\""));
            found.insert(match.captured(2).isEmpty() ? source : source + "|" + match.captured(2));
        }
    }
    return found;
}

QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(20000)) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

// Every language's catalogue holds exactly the builder's templates, each translated, with the
// same placeholders as its English (a lost %2 would drop a value from the caption).
TEST(StepCaptionLanguage, EveryCatalogueIsCompleteAndCurrent) {
    const QSet<QString> templates = templatesInTheBuilder();
    ASSERT_GE(templates.size(), 50);
    for (const char* code : kLanguages) {
        const QString path =
            QStringLiteral(MEMSTEP_EXAMPLES_DIR "/../translations/captions_%1.ts").arg(code);
        QSet<QString> inCatalogue;
        for (const Message& message : readCatalogue(path)) {
            const std::string where = std::string(code) + ": " + message.source.toStdString();
            inCatalogue.insert(message.comment.isEmpty() ? message.source
                                                         : message.source + "|" + message.comment);
            EXPECT_FALSE(message.unfinished) << where;
            ASSERT_FALSE(message.translations.isEmpty()) << where;
            for (const QString& translation : message.translations) {
                EXPECT_FALSE(translation.trimmed().isEmpty()) << where;
                EXPECT_EQ(placeholders(translation), placeholders(message.source))
                    << where << " -> " << translation.toStdString();
            }
        }
        for (const QString& missing : templates - inCatalogue) {
            ADD_FAILURE() << code << " lacks " << missing.toStdString()
                          << ": refresh it with /usr/lib/qt6/bin/lupdate -locations none "
                             "-no-obsolete ui/animation/step_caption*.cpp "
                             "ui/animation/step_caption*.h -ts "
                             "resources/translations/captions_<code>.ts, then translate";
        }
        for (const QString& stale : inCatalogue - templates) {
            ADD_FAILURE() << code << " still has " << stale.toStdString();
        }
    }
}

// The PDF handout's captions come from the same builder: under German, its pages say German.
TEST(StepCaptionLanguage, GermanHandoutPage) {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) reads the captions back";
    }
    const Translations german(*QCoreApplication::instance(), QStringLiteral("de"));
    const memstep::core::RunResult run = memstep::core::runProgram("a = [1, 2]\nb = a\n");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.pdf"));
    memstep::ui::HandoutOptions options;
    options.first = 0;
    options.last = int(run.trace.stepCount()) - 1;
    options.programName = QStringLiteral("listen.py");
    QString error;
    ASSERT_EQ(memstep::ui::HandoutExport::writePdf(run, path, options, {}, &error),
              memstep::ui::ExportOutcome::Written)
        << error.toStdString();
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("a verweist auf ein neues Objekt list [1, 2].")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("b verweist auf dasselbe Objekt list [1, 2] wie a.")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("refers"))) << text.toStdString();
}

// The window's caption bar speaks the installed language, step by step. Also a tool:
// MEMSTEP_SCREENSHOT_DIR=dir writes the window at each step in German, French and Chinese,
// to look at what a person sees.
TEST(StepCaptionLanguage, WindowCaptionBar) {
    const QString dir = qEnvironmentVariable("MEMSTEP_SCREENSHOT_DIR");
    for (const char* code : {"de", "fr", "zh_CN"}) {
        const Translations language(*QCoreApplication::instance(), QString::fromLatin1(code));
        memstep::ui::MainWindow w;
        w.resize(1280, 760);
        w.setAnimationSpeed(memstep::ui::AnimationSpeed::Off);
        w.captionsAction()->setChecked(true);
        w.setSource(QStringLiteral("numbers = [1, 2, 3]\nalias = numbers\nalias.append(4)\n"
                                   "numbers = [4, 5]\nprint(alias)\n"));
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        w.visualize();
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return !w.isRunning() && w.result() != nullptr; }, 20000));
        ASSERT_GE(w.stepCount(), 4);
        w.goToStep(2);
        QCoreApplication::processEvents();
        const QString caption = w.captionBar()->caption();
        const std::string expected =
            std::string(code) == "de"
                ? "alias verweist auf dasselbe Objekt list [1, 2, 3] wie numbers."
            : std::string(code) == "fr" ? "alias désigne le même objet list [1, 2, 3] que numbers."
                                        : "alias 和 numbers 指向同一个 list [1, 2, 3]。";
        EXPECT_EQ(caption.toStdString(), expected);
        for (int i = 0; !dir.isEmpty() && i < w.stepCount(); ++i) {
            w.goToStep(i);
            QCoreApplication::processEvents();
            ASSERT_TRUE(w.grab().save(
                QStringLiteral("%1/caption-%2-%3.png").arg(dir, QLatin1String(code)).arg(i + 1)));
        }
        // The defaults, for the tests that follow.
        w.captionsAction()->setChecked(false);
        w.setAnimationSpeed(memstep::ui::AnimationSpeed::Normal);
    }
}
