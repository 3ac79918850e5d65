// The scenario canvas with a big scenario: 500 stages and 800 links (a layered graph on a
// grid, as a long onboarding programme would be drawn). Prints the median and the worst of:
//  - building the scene from the document (ScenarioDocument::reset(), the scene rebuilding
//    its items on documentReset), as opening a scenario does, and that with the first
//    repaint (fitted, and at 100% where the cards on screen lay out their text);
//  - a full repaint of the view's 1280x800 viewport, measured as viewport()->repaint() (a
//    synchronous paint of the whole viewport into the offscreen backing store), with the
//    whole scenario on screen (fitted) and at 100%, with the BSP index the scene uses and,
//    for comparison, without an index;
//  - zoom to fit from 100%: ScenarioView::fitToView() and the repaint that shows it;
//  - loading the scenario saved in a SQLite file back into a document (ScenarioStore::load).
//
// Usage: bench_scenario [stages [links [runs]]]   (default: 500 800 30)
#include "app/scenarios/ScenarioStore.h"
#include "app/storage/Database.h"
#include "models/ScenarioDocument.h"
#include "ui/scenarios/ScenarioScene.h"
#include "ui/scenarios/ScenarioView.h"
#include "ui/scenarios/StagePalette.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>

using namespace bbd;

namespace {

constexpr int kRows = 20; // stages per layer
constexpr qreal kColumnStep = 300;
constexpr qreal kRowStep = 120;

struct Figures
{
    double median = 0;
    double worst = 0;
    double cpuMedian = 0; // this thread's CPU time: what the work costs when others share
    double cpuWorst = 0;  // the cores (wall time includes waiting for them)
};

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

Figures measure(int runs, const std::function<void()> &prepare, const std::function<void()> &run)
{
    QList<double> wall;
    QList<double> cpu;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        if (prepare) {
            prepare();
        }
        const double cpuStart = threadCpuMs();
        timer.start();
        run();
        wall.append(timer.nsecsElapsed() / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.at(wall.size() / 2), wall.last(), cpu.at(cpu.size() / 2), cpu.last()};
}

void print(const char *what, const Figures &figures, const char *target)
{
    std::printf("%-46s median %6.2f ms, worst %6.2f ms (CPU %6.2f / %6.2f)%s%s\n", what,
                figures.median, figures.worst, figures.cpuMedian, figures.cpuWorst,
                target ? "  target " : "", target ? target : "");
}

const char *const kTitles[] = {
    "Welcome breakfast",  "Laptop and accounts", "Security training",
    "Meet the team",      "Read the handbook",   "One-to-one with the manager",
    "First task in Jira", "Product demo",        "Feedback survey",
    "Office tour",        "Benefits overview",   "Code of conduct",
    "Mentor lunch",       "Department review",   "Customer call shadowing",
    "Probation goals",    "Tools setup",         "Quarterly planning",
};

// A layered graph: every stage after the first layer depends on one of the layer before,
// and the rest of the links join stages one or two layers apart.
void generate(int stageCount, int linkCount, QList<StageData> *stages, QList<StageLink> *links)
{
    QRandomGenerator random(20261124);
    const QStringList kinds = StageData::kinds();
    for (int i = 0; i < stageCount; ++i) {
        const int layer = i / kRows;
        const int row = i % kRows;
        StageData stage = StagePalette::newStage(kinds.at(i % kinds.size()));
        stage.key = i + 1;
        stage.title = QStringLiteral("%1 %2")
                          .arg(QString::fromUtf8(kTitles[random.bounded(int(std::size(kTitles)))]))
                          .arg(i + 1);
        stage.timingOffset = 1 + layer;
        stage.position = QPointF(layer * kColumnStep, row * kRowStep);
        stages->append(stage);
    }
    QSet<StageLink> seen;
    const auto add = [&](int from, int to) {
        const StageLink link{from + 1, to + 1};
        if (from != to && !seen.contains(link)) {
            seen.insert(link);
            links->append(link);
        }
    };
    for (int i = kRows; i < stageCount && links->size() < linkCount; ++i) {
        const int previousLayer = i / kRows - 1;
        add(previousLayer * kRows + int(random.bounded(kRows)), i);
    }
    const int layers = (stageCount + kRows - 1) / kRows;
    while (links->size() < linkCount && layers > 1) {
        const int fromLayer = int(random.bounded(layers - 1));
        const int toLayer = std::min(layers - 1, fromLayer + 1 + int(random.bounded(2)));
        const int from = fromLayer * kRows + int(random.bounded(kRows));
        const int to = toLayer * kRows + int(random.bounded(kRows));
        if (from < stageCount && to < stageCount) {
            add(from, to);
        }
    }
}

// Loading a saved scenario of this size from SQLite into a document, as selecting it in the
// list does (ScenarioStore::load on a file database in WAL mode, warm page cache).
std::optional<Figures> loadFromDatabase(const ScenarioDocument &generated, int runs)
{
    QTemporaryDir dir;
    Database database(QStringLiteral("bench-scenario"));
    const Database::OpenResult opened = database.open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened.ok()) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(opened.message));
        return std::nullopt;
    }
    ScenarioDocument saved;
    saved.reset(0, 1, QStringLiteral("Bench"), QString(), generated.stages(), generated.links());
    ScenarioStore store(database.connection());
    if (!store.save(&saved)) {
        std::fprintf(stderr, "cannot save the scenario: %s\n", qPrintable(store.lastError()));
        return std::nullopt;
    }
    ScenarioDocument loaded;
    bool ok = true;
    const Figures figures =
        measure(runs, {}, [&] { ok = store.load(saved.scenarioId(), &loaded) && ok; });
    if (!ok || loaded.stages().size() != generated.stages().size() ||
        loaded.links().size() != generated.links().size()) {
        std::fprintf(stderr, "the scenario did not load back whole: %s\n",
                     qPrintable(store.lastError()));
        return std::nullopt;
    }
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const int stageCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    const int linkCount = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 800;
    const int runs = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 30;

    QList<StageData> stages;
    QList<StageLink> links;
    generate(stageCount, linkCount, &stages, &links);
    std::printf("scenario: %lld stages, %lld links, %d runs each, QPA %s\n", qint64(stages.size()),
                qint64(links.size()), runs, qPrintable(QGuiApplication::platformName()));

    ScenarioDocument document;
    QUndoStack undoStack;
    ScenarioScene scene(&document, &undoStack);
    ScenarioView view(&scene);
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    std::printf("viewport %dx%d\n", view.viewport()->width(), view.viewport()->height());

    const Figures build = measure(
        runs, [&] { document.reset(0, 1, QString(), QString(), {}, {}); },
        [&] { document.reset(1, 1, QStringLiteral("Bench"), QString(), stages, links); });
    print("scene build from the document (reset)", build, nullptr);
    // What opening a scenario shows first: the items built, the index built and the cards on
    // screen drawn (with their text laid out at 100%).
    const auto empty = [&] {
        document.reset(0, 1, QString(), QString(), {}, {});
        view.setZoom(1.0);
        QCoreApplication::processEvents();
    };
    const Figures openFitted = measure(runs, empty, [&] {
        document.reset(1, 1, QStringLiteral("Bench"), QString(), stages, links);
        view.fitToView();
        view.viewport()->repaint();
    });
    print("open: build + fitToView + first repaint", openFitted, nullptr);
    const Figures openDetailed = measure(runs, empty, [&] {
        document.reset(1, 1, QStringLiteral("Bench"), QString(), stages, links);
        view.centerOn(QPointF(3000, 1200));
        view.viewport()->repaint();
    });
    print("open at 100%: build + first repaint", openDetailed, nullptr);
    if (const std::optional<Figures> load = loadFromDatabase(document, runs)) {
        print("load from the database", *load, "<= 50 ms");
    }
    QCoreApplication::processEvents();

    const auto repaint = [&] {
        view.viewport()->repaint();
    };
    const auto atHundredPercent = [&] {
        view.setZoom(1.0);
        view.centerOn(scene.contentsRect().center());
    };
    for (const auto &[index, name] : {std::pair{QGraphicsScene::BspTreeIndex, "BSP tree (used)"},
                                      std::pair{QGraphicsScene::NoIndex, "no index"}}) {
        scene.setItemIndexMethod(index);
        view.fitToView();
        repaint(); // the index is built and the glyphs cached by the first paint
        const Figures fitted = measure(runs, nullptr, repaint);
        std::printf("zoom %.0f%% (fitted, %lld stages on screen), %s:\n", view.zoom() * 100,
                    qint64(stages.size()), name);
        print("  full repaint of the viewport", fitted, "<= 8 ms");
        atHundredPercent();
        repaint();
        const Figures detailed = measure(runs, nullptr, repaint);
        std::printf("zoom 100%% (cards with text), %s:\n", name);
        print("  full repaint of the viewport", detailed, "<= 8 ms");
        const Figures fit = measure(runs, atHundredPercent, [&] {
            view.fitToView();
            repaint();
        });
        print("  zoom to fit from 100% (fitToView + repaint)", fit, "<= 16 ms");
        const Figures fitOnly = measure(runs, atHundredPercent, [&] { view.fitToView(); });
        print("  fitToView alone", fitOnly, nullptr);
    }
    scene.setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    return 0;
}
