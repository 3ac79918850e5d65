#pragma once

class QLabel;
class QString;
class QTableView;

namespace bbd::ui {

// The look every read-only list of the app shares: whole rows, one at a time, no editing.
void configureTableView(QTableView *view);
// Sizes columns to their loaded contents, none wider than `maxWidth`, and lets `stretchColumn`
// take the room that is left (the last column when it is -1).
void fitColumns(QTableView *view, int stretchColumn = -1, int maxWidth = 320);
// A bold caption for a pane.
QLabel *makeHeading(const QString &text);
// A grey, centred, wrapped hint shown where a list has nothing to show yet.
QLabel *makeEmptyHint(const QString &text);

} // namespace bbd::ui
