#include <QTest>
class TestCandidateImport : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestCandidateImport)
#include "tst_candidateimport.moc"
