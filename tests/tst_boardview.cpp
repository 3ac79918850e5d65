#include "app/AppContext.h"
#include "app/ats/VacancyRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "models/BoardColumnModel.h"
#include "ui/ats/BoardColumnWidget.h"
#include "ui/ats/BoardView.h"
#include "ui/ats/RejectionReasonDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <functional>

using namespace bbd;

class TestBoardView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void columnsAndHeaders();
    void emptyVacancyShowsHints();
    void dragToAnotherColumnAndUndo();
    void dragSeveralCardsAndUndo();
    void reorderWithinColumnAndUndo();
    void keyboardMoveAndUndo_data();
    void keyboardMoveAndUndo();
    void deleteAsksFirst_data();
    void deleteAsksFirst();
    void moveToRejectedAsksForReason_data();
    void moveToRejectedAsksForReason();
    void moveToHiredEmitsSignal();
    void failedMoveIsShownAndBoardReloaded();
    void arrowsMoveFocusAcrossColumns();
    void enterOpensCandidate();
    void foldIsPersisted();
    void dropOnFoldedColumnAndUndo();
    void filterConditionNarrowsColumns();
    void columnModelPassesTester();

private:
    QListView *column(int index) const;
    qint64 stageAt(int index) const { return m_stages.at(index).id; }
    qint64 idAt(int columnIndex, int row) const;
    QVariant candidateField(qint64 id, const QString &field) const;
    int stageMoveEvents(qint64 id) const;
    QList<qint64> columnOrderInDb(qint64 stageId) const;
    void selectRows(QListView *view, const QList<int> &rows);
    // Delivers a drop to `target` the way QDrag would (see dragToAnotherColumnAndUndo).
    void dropOn(QListView *source, QListView *target, const QPoint &at);
    void dropOn(QListView *source, QWidget *target, const QPoint &at);
    // Runs `answer` on the next modal dialog of type T that opens.
    template <typename T>
    void whenDialogOpens(std::function<void(T *)> answer);

    QTemporaryDir m_dir;
    Database m_db{QStringLiteral("board-view")};
    PhoneNumbers m_phones;
    AppContext m_context;
    qint64 m_vacancyId = 0;
    QList<PipelineStage> m_stages;
    BoardView *m_board = nullptr;
};

void TestBoardView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("board.sqlite"))).ok());
    const DemoLoadResult demo = DemoData::load(m_db, m_phones);
    QVERIFY2(demo.ok, qPrintable(demo.error));
    m_context.database = &m_db;
    m_context.phones = &m_phones;
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT id FROM vacancies WHERE title LIKE 'Backend%' AND deleted = 0")));
    QVERIFY(query.next());
    m_vacancyId = query.value(0).toLongLong();
    m_stages = VacancyRepository(m_db).stages(m_vacancyId);
    QCOMPARE(m_stages.size(), 8);
    QVERIFY(m_stages.at(0).candidateCount >= 3);
    QVERIFY(m_stages.at(1).candidateCount >= 1);
    QCOMPARE(m_stages.at(6).kind, PipelineStage::Kind::Hired);
    QCOMPARE(m_stages.at(7).kind, PipelineStage::Kind::Rejected);
}

void TestBoardView::init()
{
    m_board = new BoardView(m_context);
    m_board->resize(1280, 800);
    m_board->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_board));
    m_board->setVacancy(m_vacancyId);
    QCoreApplication::processEvents();
}

void TestBoardView::cleanup()
{
    delete m_board;
    m_board = nullptr;
}

QListView *TestBoardView::column(int index) const
{
    return m_board->findChild<QListView *>(QStringLiteral("column_%1").arg(stageAt(index)));
}

qint64 TestBoardView::idAt(int columnIndex, int row) const
{
    return column(columnIndex)->model()->index(row, 0).data(BoardColumnModel::IdRole).toLongLong();
}

QVariant TestBoardView::candidateField(qint64 id, const QString &field) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + field +
                  QStringLiteral(" FROM candidates WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return {};
    }
    return query.value(0);
}

int TestBoardView::stageMoveEvents(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM candidate_events WHERE candidate_id = ? AND kind = 'stage_move'"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

QList<qint64> TestBoardView::columnOrderInDb(qint64 stageId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id FROM candidates WHERE stage_id = ? AND deleted = 0 "
                                 "AND merged_into_id IS NULL ORDER BY board_rank, id"));
    query.addBindValue(stageId);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next()) {
            ids << query.value(0).toLongLong();
        }
    }
    return ids;
}

void TestBoardView::selectRows(QListView *view, const QList<int> &rows)
{
    view->setFocus();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QRect rect = view->visualRect(view->model()->index(rows.at(i), 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton,
                          i == 0 ? Qt::NoModifier : Qt::ControlModifier, rect.center());
    }
}

void TestBoardView::dropOn(QListView *source, QListView *target, const QPoint &at)
{
    // A real drag (mouse press, move past the drag distance) makes QAbstractItemView call
    // QDrag::exec(), which on the offscreen platform returns at once without delivering
    // anything: there is no window system to carry the drag. So the test delivers what QDrag
    // would: the source model's mime data for the selected cards, as DragEnter/DragMove/Drop
    // events to the target list's viewport. From there on it is the production path:
    // QListView::dropEvent -> BoardColumnModel::dropMimeData -> dropRequested -> BoardView
    // command -> database.
    dropOn(source, target->viewport(), at);
}

void TestBoardView::dropOn(QListView *source, QWidget *viewport, const QPoint &at)
{
    std::unique_ptr<QMimeData> data(
        source->model()->mimeData(source->selectionModel()->selectedIndexes()));
    QVERIFY(data);
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
}

template <typename T>
void TestBoardView::whenDialogOpens(std::function<void(T *)> answer)
{
    auto *timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [timer, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

void TestBoardView::columnsAndHeaders()
{
    QCOMPARE(m_board->objectName(), QStringLiteral("boardView"));
    QCOMPARE(m_board->stageIds().size(), m_stages.size());
    for (qsizetype i = 0; i < m_stages.size(); ++i) {
        const PipelineStage &stage = m_stages.at(i);
        QListView *list = column(int(i));
        QVERIFY2(list, qPrintable(stage.name));
        QCOMPARE(list->model()->rowCount(), stage.candidateCount);
        QVERIFY(list->uniformItemSizes());
        auto *header =
            m_board->findChild<QLabel *>(QStringLiteral("columnHeader_%1").arg(stage.id));
        QVERIFY(header);
        QVERIFY(header->text().contains(stage.name.toHtmlEscaped()));
        QVERIFY(header->text().contains(QString::number(stage.candidateCount)));
    }
    const QString hiredHeader =
        m_board->findChild<QLabel *>(QStringLiteral("columnHeader_%1").arg(stageAt(6)))->text();
    QVERIFY(hiredHeader.contains(QStringLiteral("hired")));
    // Demo cards that waited past their stage's limit are marked, and once the board has
    // settled (the counts are read after the first paint) their columns' headers say so.
    int stuckColumn = -1;
    for (int i = 0; i < 6 && stuckColumn < 0; ++i) {
        for (int row = 0; row < column(i)->model()->rowCount(); ++row) {
            if (column(i)->model()->index(row, 0).data(BoardColumnModel::StuckRole).toBool()) {
                stuckColumn = i;
                break;
            }
        }
    }
    QVERIFY(stuckColumn >= 0);
    auto *stuckHeader =
        m_board->findChild<QLabel *>(QStringLiteral("columnHeader_%1").arg(stageAt(stuckColumn)));
    QTRY_VERIFY2(stuckHeader->text().contains(QStringLiteral(" stuck")),
                 qPrintable(stuckHeader->text()));
    // Cards are painted (grab runs the delegate) without trouble.
    QVERIFY(!m_board->grab().isNull());
}

void TestBoardView::emptyVacancyShowsHints()
{
    VacancyRepository vacancies(m_db);
    Vacancy vacancy;
    vacancy.title = QStringLiteral("Empty vacancy");
    const qint64 id = vacancies.create(vacancy);
    QVERIFY(id > 0);
    m_board->setVacancy(id);
    const QList<PipelineStage> stages = vacancies.stages(id);
    QCOMPARE(m_board->stageIds().size(), stages.size());
    for (const PipelineStage &stage : stages) {
        auto *list = m_board->findChild<BoardListView *>(QStringLiteral("column_%1").arg(stage.id));
        QVERIFY(list);
        QVERIFY(list->isVisible());
        QVERIFY(list->isShowingPlaceholder());
        QCOMPARE(list->placeholderText(), QStringLiteral("No candidates at this stage"));
    }
    QVERIFY(!m_board->grab().isNull());
}

void TestBoardView::dragToAnotherColumnAndUndo()
{
    QListView *from = column(0);
    QListView *to = column(1);
    const qint64 id = idAt(0, 0);
    const int events = stageMoveEvents(id);
    const int fromCount = from->model()->rowCount();
    const int toCount = to->model()->rowCount();
    selectRows(from, {0});
    QCOMPARE(m_board->selectedCandidateIds(), QList<qint64>{id});

    // Onto the top edge of the first card of the other column: it lands on top.
    const QRect firstCard = to->visualRect(to->model()->index(0, 0));
    dropOn(from, to, firstCard.topLeft() + QPoint(20, 1));
    QTRY_COMPARE(candidateField(id, QStringLiteral("stage_id")).toLongLong(), stageAt(1));
    QCOMPARE(stageMoveEvents(id), events + 1);
    QCOMPARE(from->model()->rowCount(), fromCount - 1);
    QCOMPARE(to->model()->rowCount(), toCount + 1);
    QCOMPARE(idAt(1, 0), id);
    QCOMPARE(m_board->selectedCandidateIds(), QList<qint64>{id});
    QCOMPARE(m_board->undoStack()->count(), 1);
    QVERIFY(m_board->undoStack()->undoText().contains(QStringLiteral("to ") + m_stages.at(1).name));

    m_board->undoStack()->undo();
    QCOMPARE(candidateField(id, QStringLiteral("stage_id")).toLongLong(), stageAt(0));
    QCOMPARE(stageMoveEvents(id), events);
    QCOMPARE(from->model()->rowCount(), fromCount);
    QCOMPARE(to->model()->rowCount(), toCount);
    QCOMPARE(idAt(0, 0), id);

    // Redo moves it again and undo takes it back. (Ctrl+Z comes from the main window's Edit
    // menu over this stack; tst_mainwindow presses it.)
    m_board->undoStack()->redo();
    QCOMPARE(candidateField(id, QStringLiteral("stage_id")).toLongLong(), stageAt(1));
    m_board->undoStack()->undo();
    QCOMPARE(candidateField(id, QStringLiteral("stage_id")).toLongLong(), stageAt(0));
    QCOMPARE(stageMoveEvents(id), events);
}

void TestBoardView::dragSeveralCardsAndUndo()
{
    QListView *from = column(0);
    QListView *to = column(2);
    const QList<qint64> ids{idAt(0, 0), idAt(0, 2)};
    selectRows(from, {2, 0});
    QCOMPARE(m_board->selectedCandidateIds(), ids);
    // Onto the empty space under the cards.
    dropOn(from, to, QPoint(20, to->viewport()->height() - 5));
    QTRY_COMPARE(candidateField(ids.at(0), QStringLiteral("stage_id")).toLongLong(), stageAt(2));
    QCOMPARE(candidateField(ids.at(1), QStringLiteral("stage_id")).toLongLong(), stageAt(2));
    // Dropped at the end, in the order they were shown.
    const QList<qint64> order = columnOrderInDb(stageAt(2));
    QCOMPARE(order.mid(order.size() - 2), ids);
    QCOMPARE(m_board->undoStack()->undoText(),
             QStringLiteral("Move 2 candidates to %1").arg(m_stages.at(2).name));
    m_board->undoStack()->undo();
    QCOMPARE(candidateField(ids.at(0), QStringLiteral("stage_id")).toLongLong(), stageAt(0));
    QCOMPARE(candidateField(ids.at(1), QStringLiteral("stage_id")).toLongLong(), stageAt(0));
}

void TestBoardView::reorderWithinColumnAndUndo()
{
    QListView *list = column(0);
    const QList<qint64> before = columnOrderInDb(stageAt(0));
    QVERIFY(before.size() >= 3);
    const qint64 moved = before.at(2);
    const int events = stageMoveEvents(moved);
    selectRows(list, {2});
    dropOn(list, list, list->visualRect(list->model()->index(0, 0)).topLeft() + QPoint(20, 1));
    QTRY_COMPARE(columnOrderInDb(stageAt(0)).constFirst(), moved);
    QList<qint64> expected = before;
    expected.move(2, 0);
    QCOMPARE(columnOrderInDb(stageAt(0)), expected);
    QCOMPARE(idAt(0, 0), moved);
    QCOMPARE(stageMoveEvents(moved), events); // the order is not a stage move
    QVERIFY(m_board->undoStack()->undoText().startsWith(QStringLiteral("Reorder")));
    m_board->undoStack()->undo();
    QCOMPARE(columnOrderInDb(stageAt(0)), before);
    QCOMPARE(idAt(0, 2), moved);

    // Dropping a card right where it is changes nothing and adds no undo step.
    const int steps = m_board->undoStack()->count();
    selectRows(list, {1});
    dropOn(list, list, list->visualRect(list->model()->index(1, 0)).topLeft() + QPoint(20, 1));
    QCoreApplication::processEvents();
    QCOMPARE(m_board->undoStack()->count(), steps);
    QCOMPARE(columnOrderInDb(stageAt(0)), before);
}

void TestBoardView::keyboardMoveAndUndo_data()
{
    QTest::addColumn<int>("fromColumn");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("toColumn");
    const int chord = int(Qt::ControlModifier | Qt::ShiftModifier);
    QTest::newRow("Ctrl+Shift+Right") << 0 << int(Qt::Key_Right) << chord << 1;
    QTest::newRow("Ctrl+Shift+Left") << 1 << int(Qt::Key_Left) << chord << 0;
    QTest::newRow("]") << 1 << int(Qt::Key_BracketRight) << 0 << 2;
    QTest::newRow("[") << 2 << int(Qt::Key_BracketLeft) << 0 << 1;
}

void TestBoardView::keyboardMoveAndUndo()
{
    QFETCH(int, fromColumn);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(int, toColumn);
    QListView *list = column(fromColumn);
    const qint64 id = idAt(fromColumn, 0);
    const int events = stageMoveEvents(id);
    selectRows(list, {0});
    QTest::keyClick(list, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(candidateField(id, QStringLiteral("stage_id")).toLongLong(), stageAt(toColumn));
    QCOMPARE(stageMoveEvents(id), events + 1);
    // The moved card stays selected in its new column, ready for the next step.
    QCOMPARE(m_board->selectedCandidateIds(), QList<qint64>{id});
    QVERIFY(column(toColumn)->hasFocus());
    m_board->undoStack()->undo();
    QCOMPARE(candidateField(id, QStringLiteral("stage_id")).toLongLong(), stageAt(fromColumn));
    QCOMPARE(stageMoveEvents(id), events);
}

void TestBoardView::deleteAsksFirst_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("confirmed") << true;
    QTest::newRow("declined") << false;
}

void TestBoardView::deleteAsksFirst()
{
    QFETCH(bool, confirm);
    QListView *list = column(0);
    const int count = list->model()->rowCount();
    const QList<qint64> ids{idAt(0, 0), idAt(0, 1)};
    selectRows(list, {0, 1});
    QString question;
    whenDialogOpens<QMessageBox>([&question, confirm](QMessageBox *box) {
        question = box->text();
        box->button(confirm ? QMessageBox::Yes : QMessageBox::No)->click();
    });
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(question.contains(u'2'));
    QCOMPARE(candidateField(ids.at(0), QStringLiteral("deleted")).toInt(), confirm ? 1 : 0);
    QCOMPARE(candidateField(ids.at(1), QStringLiteral("deleted")).toInt(), confirm ? 1 : 0);
    QCOMPARE(list->model()->rowCount(), confirm ? count - 2 : count);
    QCOMPARE(m_board->undoStack()->count(), confirm ? 1 : 0);
    if (confirm) {
        m_board->undoStack()->undo();
        QCOMPARE(candidateField(ids.at(0), QStringLiteral("deleted")).toInt(), 0);
        QCOMPARE(candidateField(ids.at(1), QStringLiteral("deleted")).toInt(), 0);
        QCOMPARE(list->model()->rowCount(), count);
    }
}

void TestBoardView::moveToRejectedAsksForReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("accept");
    QTest::newRow("common reason") << RejectionReasonDialog::commonReasons().constFirst() << true;
    QTest::newRow("typed reason") << QStringLiteral("Переехал в другой город") << true;
    QTest::newRow("cancelled") << QStringLiteral("whatever") << false;
}

void TestBoardView::moveToRejectedAsksForReason()
{
    QFETCH(QString, reason);
    QFETCH(bool, accept);
    QListView *from = column(0);
    QListView *to = column(7);
    const qint64 id = idAt(0, 0);
    const int events = stageMoveEvents(id);
    selectRows(from, {0});
    bool asked = false;
    whenDialogOpens<RejectionReasonDialog>([&](RejectionReasonDialog *dialog) {
        asked = true;
        dialog->setReason(reason);
        if (accept) {
            dialog->accept();
        } else {
            dialog->reject();
        }
    });
    dropOn(from, to, QPoint(20, 10));
    QTRY_VERIFY(asked);
    QCoreApplication::processEvents();
    if (!accept) {
        QCOMPARE(candidateField(id, QStringLiteral("stage_id")).toLongLong(), stageAt(0));
        QCOMPARE(stageMoveEvents(id), events);
        QCOMPARE(m_board->undoStack()->count(), 0);
        return;
    }
    QCOMPARE(candidateField(id, QStringLiteral("stage_id")).toLongLong(), stageAt(7));
    QCOMPARE(candidateField(id, QStringLiteral("rejection_reason")).toString(), reason);
    QCOMPARE(stageMoveEvents(id), events + 1);
    m_board->undoStack()->undo();
    QCOMPARE(candidateField(id, QStringLiteral("stage_id")).toLongLong(), stageAt(0));
    QVERIFY(candidateField(id, QStringLiteral("rejection_reason")).isNull());
    QCOMPARE(stageMoveEvents(id), events);
}

void TestBoardView::moveToHiredEmitsSignal()
{
    QSignalSpy hired(m_board, &BoardView::candidateHired);
    QListView *offer = column(5);
    QVERIFY(offer->model()->rowCount() >= 1);
    const qint64 id = idAt(5, 0);
    selectRows(offer, {0});
    QTest::keyClick(offer, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(candidateField(id, QStringLiteral("stage_id")).toLongLong(), stageAt(6));
    QCOMPARE(hired.size(), 1);
    QCOMPARE(hired.at(0).at(0).toLongLong(), id);
    // Undo and redo do not start the hiring again.
    m_board->undoStack()->undo();
    m_board->undoStack()->redo();
    QCOMPARE(hired.size(), 1);
    m_board->undoStack()->undo();
    QCOMPARE(candidateField(id, QStringLiteral("stage_id")).toLongLong(), stageAt(5));
}

void TestBoardView::failedMoveIsShownAndBoardReloaded()
{
    QListView *list = column(0);
    const qint64 id = idAt(0, 0);
    const int count = list->model()->rowCount();
    selectRows(list, {0});
    // Someone else deletes the card while it is still on this board.
    QSqlQuery query(m_db.connection());
    QVERIFY(query.prepare(QStringLiteral("UPDATE candidates SET deleted = 1 WHERE id = ?")));
    query.addBindValue(id);
    QVERIFY(query.exec());
    QString warning;
    whenDialogOpens<QMessageBox>([&warning](QMessageBox *box) {
        warning = box->text();
        box->accept();
    });
    QTest::keyClick(list, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(warning.contains(QStringLiteral("no longer exists")), qPrintable(warning));
    QCOMPARE(m_board->undoStack()->count(), 0);
    QCOMPARE(candidateField(id, QStringLiteral("stage_id")).toLongLong(), stageAt(0));
    // The board now shows what the database holds.
    QCOMPARE(list->model()->rowCount(), count - 1);
    QCOMPARE(m_board->columnModel(stageAt(0))->rowOf(id), -1);
    QVERIFY(query.prepare(QStringLiteral("UPDATE candidates SET deleted = 0 WHERE id = ?")));
    query.addBindValue(id);
    QVERIFY(query.exec());
}

void TestBoardView::arrowsMoveFocusAcrossColumns()
{
    selectRows(column(0), {1});
    QTest::keyClick(column(0), Qt::Key_Right);
    QVERIFY(column(1)->hasFocus());
    QVERIFY(column(1)->currentIndex().isValid());
    QCOMPARE(m_board->selectedCandidateIds().size(), 1);
    QCOMPARE(m_board->selectedCandidateIds().constFirst(),
             column(1)->currentIndex().data(BoardColumnModel::IdRole).toLongLong());
    QTest::keyClick(column(1), Qt::Key_Left);
    QVERIFY(column(0)->hasFocus());
    QCOMPARE(column(0)->currentIndex().row(), 1 < column(1)->model()->rowCount() ? 1 : 0);
    // Up and down stay within the column.
    QTest::keyClick(column(0), Qt::Key_Down);
    QVERIFY(column(0)->hasFocus());
}

void TestBoardView::enterOpensCandidate()
{
    QSignalSpy open(m_board, &BoardView::openCandidate);
    selectRows(column(0), {0});
    QTest::keyClick(column(0), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), idAt(0, 0));
    const QRect rect = column(1)->visualRect(column(1)->model()->index(0, 0));
    QTest::mouseClick(column(1)->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(column(1)->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(1).at(0).toLongLong(), idAt(1, 0));
}

void TestBoardView::dropOnFoldedColumnAndUndo()
{
    const qint64 stageId = stageAt(2);
    auto *fold = m_board->findChild<QToolButton *>(QStringLiteral("columnFold_%1").arg(stageId));
    QVERIFY(fold);
    fold->click();
    auto *strip = m_board->findChild<QWidget *>(QStringLiteral("columnStrip_%1").arg(stageId));
    QVERIFY(strip);
    QTRY_VERIFY(strip->isVisible());

    QListView *from = column(0);
    const qint64 id = idAt(0, 0);
    const int events = stageMoveEvents(id);
    selectRows(from, {0});
    dropOn(from, strip, strip->rect().center());
    QTRY_COMPARE(candidateField(id, QStringLiteral("stage_id")).toLongLong(), stageId);
    QCOMPARE(stageMoveEvents(id), events + 1);
    QVERIFY(strip->isVisible());                     // still folded
    QCOMPARE(columnOrderInDb(stageId).value(0), id); // on top of the column
    QCOMPARE(m_board->undoStack()->count(), 1);

    m_board->undoStack()->undo();
    QCOMPARE(candidateField(id, QStringLiteral("stage_id")).toLongLong(), stageAt(0));
    QCOMPARE(stageMoveEvents(id), events);

    // Something that is not a card is turned away.
    QMimeData text;
    text.setText(QStringLiteral("not a card"));
    QDragEnterEvent enter(strip->rect().center(), Qt::MoveAction, &text, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(strip, &enter);
    QVERIFY(!enter.isAccepted());
}

void TestBoardView::foldIsPersisted()
{
    const qint64 stageId = stageAt(3);
    auto *fold = m_board->findChild<QToolButton *>(QStringLiteral("columnFold_%1").arg(stageId));
    QVERIFY(fold);
    QVERIFY(column(3)->isVisible());
    fold->click();
    QVERIFY(!column(3)->isVisible());
    QVERIFY(VacancyRepository(m_db).stage(stageId)->folded);
    // A new board shows it folded; unfolding is stored as well.
    m_board->setVacancy(m_vacancyId);
    QVERIFY(!column(3)->isVisible());
    fold = m_board->findChild<QToolButton *>(QStringLiteral("columnFold_%1").arg(stageId));
    fold->click();
    QVERIFY(column(3)->isVisible());
    QVERIFY(!VacancyRepository(m_db).stage(stageId)->folded);
}

void TestBoardView::filterConditionNarrowsColumns()
{
    const int count = column(0)->model()->rowCount();
    const QString name = column(0)->model()->index(0, 0).data().toString();
    m_board->setFilterCondition(QStringLiteral("c.full_name = ?"), {name});
    QCOMPARE(column(0)->model()->rowCount(), 1);
    QCOMPARE(column(1)->model()->rowCount(), 0);
    m_board->setFilterCondition({});
    QCOMPARE(column(0)->model()->rowCount(), count);
}

void TestBoardView::columnModelPassesTester()
{
    BoardColumnModel *model = m_board->columnModel(stageAt(0));
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    selectRows(column(0), {0});
    QTest::keyClick(column(0), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    m_board->undoStack()->undo();
    m_board->reload();
}

QTEST_MAIN(TestBoardView)
#include "tst_boardview.moc"
