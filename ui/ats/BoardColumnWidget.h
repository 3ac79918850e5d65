#pragma once

#include "models/Vacancy.h"

#include <QFrame>
#include <QListView>

#include <memory>

class QLabel;
class QMimeData;
class QToolButton;

namespace bbd {

class BoardColumnModel;
class BoardColumnSource;

// The list of one board column: paints a hint when the column is empty, so that an empty
// column still looks like a place to drop cards on.
class BoardListView : public QListView
{
    Q_OBJECT

public:
    using QListView::QListView;

    QString placeholderText() const { return m_placeholder; }
    void setPlaceholderText(const QString &text);
    bool isShowingPlaceholder() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

// The column title turned on its side, for a folded column. Cards dropped on it go to that
// stage without unfolding it.
class VerticalTitle : public QWidget
{
    Q_OBJECT

public:
    explicit VerticalTitle(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    QSize sizeHint() const override;
    // Drops of this format are accepted and handed on by dropped(); empty: no drops.
    void setDropFormat(const QString &mimeType);

signals:
    void clicked();
    void dropped(const QMimeData *data);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool accepts(const QDropEvent *event) const;

    QString m_text;
    QString m_dropFormat;
    bool m_dropHover = false;
};

// One stage of the board: header (name, count, stuck count, final-stage mark, fold button)
// over a list of cards. Folded, it shrinks to a narrow strip with a vertical title.
class BoardColumnWidget : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kWidth = 264;
    static constexpr int kFoldedWidth = 34;
    static constexpr int kFirstPage = 24; // cards read when the column opens
    static constexpr int kNextPages = 100;

    explicit BoardColumnWidget(const PipelineStage &stage, QWidget *parent = nullptr);
    ~BoardColumnWidget() override;

    const PipelineStage &stage() const { return m_stage; }
    void setStage(const PipelineStage &stage);
    BoardColumnModel *model() const { return m_model; }
    BoardListView *listView() const { return m_list; }
    QLabel *headerLabel() const { return m_header; }

    void setSource(std::unique_ptr<BoardColumnSource> source);
    const BoardColumnSource *source() const;
    // -1: not known yet.
    void setStuckCount(int count);
    int stuckCount() const { return m_stuckCount; }

    bool isFolded() const { return m_stage.folded; }
    void setFolded(bool folded);

    // Reloads the cards from the database, keeping the scroll position where it can.
    void reload();
    void updateHeader();

signals:
    // The user asked to fold or unfold the column.
    void foldRequested(bool folded);

private:
    PipelineStage m_stage;
    BoardColumnModel *m_model = nullptr;
    BoardListView *m_list = nullptr;
    QLabel *m_header = nullptr;
    QToolButton *m_fold = nullptr;
    VerticalTitle *m_strip = nullptr;
    QWidget *m_headerRow = nullptr;
    int m_stuckCount = -1;
};

} // namespace bbd
