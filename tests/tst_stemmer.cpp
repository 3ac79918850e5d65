// The Snowball stemmer wrapper: inflected forms of one Russian or English word share a stem,
// ё counts as е, and a text splits into words on anything but letters and digits.
#include "app/chat/Stemmer.h"

#include <QTest>

using namespace bbd;

class TestStemmer : public QObject
{
    Q_OBJECT

private slots:
    void valid();
    void sameStem_data();
    void sameStem();
    void differentStems_data();
    void differentStems();
    void keptAsWritten_data();
    void keptAsWritten();
    void words_data();
    void words();
    void stemsOfText();
};

void TestStemmer::valid()
{
    Stemmer stemmer;
    QVERIFY(stemmer.isValid());
}

void TestStemmer::sameStem_data()
{
    QTest::addColumn<QStringList>("forms");
    QTest::newRow("отдел") << QStringList{u"отдел"_qs,   u"отдела"_qs, u"отделу"_qs,
                                          u"отделом"_qs, u"отделе"_qs, u"отделы"_qs};
    QTest::newRow("кадры") << QStringList{u"кадры"_qs, u"кадров"_qs, u"кадрам"_qs, u"кадрами"_qs};
    QTest::newRow("телефон") << QStringList{u"телефон"_qs, u"телефона"_qs, u"телефону"_qs,
                                            u"телефоны"_qs, u"телефонов"_qs};
    QTest::newRow("встреча") << QStringList{u"встреча"_qs, u"встречи"_qs, u"встречу"_qs,
                                            u"встречей"_qs, u"встрече"_qs};
    QTest::newRow("зарплата") << QStringList{u"зарплата"_qs, u"зарплаты"_qs, u"зарплату"_qs,
                                             u"зарплатой"_qs};
    QTest::newRow("ё as е") << QStringList{u"ещё"_qs, u"еще"_qs, u"ЕЩЁ"_qs};
    QTest::newRow("тёмный") << QStringList{u"тёмный"_qs, u"темный"_qs, u"тёмного"_qs};
    QTest::newRow("upper case") << QStringList{u"Отдела"_qs, u"ОТДЕЛА"_qs, u"отдела"_qs};
    QTest::newRow("meeting") << QStringList{u"meeting"_qs, u"meetings"_qs};
    QTest::newRow("connect") << QStringList{u"connect"_qs, u"connected"_qs, u"connecting"_qs,
                                            u"connection"_qs};
    QTest::newRow("employee") << QStringList{u"employee"_qs, u"employees"_qs};
    QTest::newRow("integrate") << QStringList{u"integration"_qs, u"integrations"_qs};
    QTest::newRow("English capitals") << QStringList{u"Phones"_qs, u"phone"_qs, u"PHONE"_qs};
}

void TestStemmer::sameStem()
{
    QFETCH(QStringList, forms);
    Stemmer stemmer;
    const QString first = stemmer.stems(forms.constFirst()).value(0);
    QVERIFY(!first.isEmpty());
    for (const QString &form : std::as_const(forms)) {
        const QStringList stems = stemmer.stems(form);
        QCOMPARE(stems.size(), 1);
        QCOMPARE(stems.constFirst(), first);
    }
    // A stem is what is left of the word once its ending is gone, never more.
    QVERIFY(forms.constLast().toLower().replace(u'ё', u'е').startsWith(first));
}

void TestStemmer::differentStems_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("отдел / отпуск") << u"отдела"_qs << u"отпуска"_qs;
    QTest::newRow("phone / phrase") << u"phones"_qs << u"phrases"_qs;
}

void TestStemmer::differentStems()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    Stemmer stemmer;
    QVERIFY(stemmer.stem(a) != stemmer.stem(b));
}

void TestStemmer::keptAsWritten_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("abbreviation") << u"hr"_qs;
    QTest::newRow("number") << u"2026"_qs;
    QTest::newRow("other script") << u"ελλάδα"_qs;
}

void TestStemmer::keptAsWritten()
{
    QFETCH(QString, word);
    Stemmer stemmer;
    QCOMPARE(stemmer.stem(word), word);
}

void TestStemmer::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("hyphen") << u"телефон HR-отдела"_qs
                            << QStringList{u"телефон"_qs, u"hr"_qs, u"отдела"_qs};
    QTest::newRow("punctuation") << u"Где найти «анкету», а?"_qs
                                 << QStringList{u"где"_qs, u"найти"_qs, u"анкету"_qs, u"а"_qs};
    QTest::newRow("digits kept") << u"1:1 в 10:30, Jira-задача PRJ-42"_qs
                                 << QStringList{u"1"_qs,      u"1"_qs,   u"в"_qs,
                                                u"10"_qs,     u"30"_qs,  u"jira"_qs,
                                                u"задача"_qs, u"prj"_qs, u"42"_qs};
    QTest::newRow("ё") << u"Ёлка ещё"_qs << QStringList{u"елка"_qs, u"еще"_qs};
    QTest::newRow("decomposed й") << QString(u"мои\u0306"_qs) << QStringList{u"мой"_qs};
    QTest::newRow("accent dropped") << QString(u"ударе\u0301ние"_qs) << QStringList{u"ударение"_qs};
    QTest::newRow("e-mail") << u"hr@butterboard.online"_qs
                            << QStringList{u"hr"_qs, u"butterboard"_qs, u"online"_qs};
    QTest::newRow("blank") << u"  \t\n "_qs << QStringList{};
    QTest::newRow("only punctuation") << u"?!—…"_qs << QStringList{};
}

void TestStemmer::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(Stemmer::words(text), words);
}

void TestStemmer::stemsOfText()
{
    Stemmer stemmer;
    const QStringList question = stemmer.stems(u"телефон HR-отдела"_qs);
    const QStringList passage = stemmer.stems(u"По телефону отдела кадров"_qs);
    QCOMPARE(question.size(), 3);
    QCOMPARE(question.at(1), u"hr"_qs);
    QVERIFY(passage.contains(question.at(0)));
    QVERIFY(passage.contains(question.at(2)));
    // The same word a second time comes from the cache and must not differ.
    QCOMPARE(stemmer.stems(u"телефон HR-отдела"_qs), question);
}

QTEST_GUILESS_MAIN(TestStemmer)
#include "tst_stemmer.moc"
