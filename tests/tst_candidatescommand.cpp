#include <QTest>
class TestCandidatesCommand : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestCandidatesCommand)
#include "tst_candidatescommand.moc"
