#include "app/io/Csv.h"
#include "app/io/HeaderMapping.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTest>

using namespace bbd;
using namespace bbd::csv;

Q_DECLARE_METATYPE(bbd::csv::Encoding)

namespace {

QByteArray cp1251(const QString &text)
{
    qint64 unmappable = 0;
    return Writer::encode(text, Encoding::Windows1251, &unmappable);
}

// Cells of every record, lines joined by '|' and cells by '^', for compact expectations.
QString flatten(const QList<Record> &records)
{
    QStringList out;
    for (const Record &record : records) {
        out << record.cells.join(u'^');
    }
    return out.join(u'|');
}

QList<qint64> lines(const QList<Record> &records)
{
    QList<qint64> out;
    for (const Record &record : records) {
        out << record.line;
    }
    return out;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void dialects_data();
    void dialects();
    void problems_data();
    void problems();
    void rejectsWhatIsNotCsv_data();
    void rejectsWhatIsNotCsv();
    void cp1251MatchesIcu();
    void streamsAcrossBlocks();
    void asciiThenCp1251LaterInTheFile();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void headerMapping_data();
    void headerMapping();
    void mappingOverride();
};

void TestCsv::dialects_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QList<qint64>>("lines");

    const QString ru = QStringLiteral("ФИО,Телефон\nИванов Иван,+79161112233\n");
    const QString ruFlat = QStringLiteral("ФИО^Телефон|Иванов Иван^+79161112233");
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + ru.toUtf8() << ruFlat
                                    << QChar(u',') << Encoding::Utf8Bom << QList<qint64>{1, 2};
    QTest::newRow("utf-8 without BOM")
        << ru.toUtf8() << ruFlat << QChar(u',') << Encoding::Utf8 << QList<qint64>{1, 2};
    QTest::newRow("cp1251") << cp1251(ru) << ruFlat << QChar(u',') << Encoding::Windows1251
                            << QList<qint64>{1, 2};
    QTest::newRow("cp1251 with ё and №")
        << cp1251(QStringLiteral("ФИО;Заметки\r\nСемёнов Пётр;резюме №5 «да»\r\n"))
        << QStringLiteral("ФИО^Заметки|Семёнов Пётр^резюме №5 «да»") << QChar(u';')
        << Encoding::Windows1251 << QList<qint64>{1, 2};
    QTest::newRow("semicolon, comma inside a name")
        << QByteArray("name;phone\nIvanov, Ivan;1\nPetrov;2\n")
        << QStringLiteral("name^phone|Ivanov, Ivan^1|Petrov^2") << QChar(u';') << Encoding::Utf8
        << QList<qint64>{1, 2, 3};
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << QStringLiteral("a^b^c|1^2^3")
                         << QChar(u'\t') << Encoding::Utf8 << QList<qint64>{1, 2};
    QTest::newRow("quoted delimiters and embedded newlines")
        << QByteArray("name,notes\n\"Ivanov, Ivan\",\"line one\nline two\"\nPetrov,x\n")
        << QStringLiteral("name^notes|Ivanov, Ivan^line one\nline two|Petrov^x") << QChar(u',')
        << Encoding::Utf8 << QList<qint64>{1, 2, 4};
    QTest::newRow("doubled quotes")
        << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << QStringLiteral("a^b|say \"hi\"^\"")
        << QChar(u',') << Encoding::Utf8 << QList<qint64>{1, 2};
    QTest::newRow("CRLF with CRLF inside quotes")
        << QByteArray("a,b\r\n\"1\r\n2\",3\r\n4,5\r\n") << QStringLiteral("a^b|1\r\n2^3|4^5")
        << QChar(u',') << Encoding::Utf8 << QList<qint64>{1, 2, 4};
    QTest::newRow("old Mac CR") << QByteArray("a,b\r1,2\r3,4") << QStringLiteral("a^b|1^2|3^4")
                                << QChar(u',') << Encoding::Utf8 << QList<qint64>{1, 2, 3};
    QTest::newRow("blank lines skipped, counted")
        << QByteArray("a,b\n\n1,2\n\n\n3,4\n") << QStringLiteral("a^b|1^2|3^4") << QChar(u',')
        << Encoding::Utf8 << QList<qint64>{1, 3, 6};
    QTest::newRow("no final newline, empty cells")
        << QByteArray("a,b,c\n,,\n1,,3") << QStringLiteral("a^b^c|^^|1^^3") << QChar(u',')
        << Encoding::Utf8 << QList<qint64>{1, 2, 3};
    QTest::newRow("ragged rows kept as they are")
        << QByteArray("a;b;c\n1;2\n1;2;3;4\n") << QStringLiteral("a^b^c|1^2|1^2^3^4") << QChar(u';')
        << Encoding::Utf8 << QList<qint64>{1, 2, 3};
    QTest::newRow("one column") << QByteArray("name\nIvanov\n") << QStringLiteral("name|Ivanov")
                                << QChar(u',') << Encoding::Utf8 << QList<qint64>{1, 2};
}

void TestCsv::dialects()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QFETCH(QChar, delimiter);
    QFETCH(Encoding, encoding);
    QFETCH(QList<qint64>, lines);

    QString error;
    QChar foundDelimiter;
    Encoding foundEncoding = Encoding::Utf8;
    const QList<Record> records = Reader::parseAll(data, &error, &foundDelimiter, &foundEncoding);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(flatten(records), expected);
    QCOMPARE(foundDelimiter, delimiter);
    QCOMPARE(foundEncoding, encoding);
    QCOMPARE(::lines(records), lines);
    for (const Record &record : records) {
        QCOMPARE(record.problem, Record::Problem::None);
    }
}

void TestCsv::problems_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("record");
    QTest::addColumn<Record::Problem>("problem");
    QTest::addColumn<qint64>("line");

    QTest::newRow("unclosed quote")
        << QByteArray("a,b\n1,2\n\"3,4\n5,6\n") << 2 << Record::Problem::UnclosedQuote << qint64(3);
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n\"x\"y,2\n3,4\n") << 1 << Record::Problem::StrayQuote << qint64(2);
    // A first block of valid UTF-8 decides the encoding; a bad byte later on is then a
    // broken line, not a reason to read the whole file differently.
    QByteArray utf8 = QStringLiteral("a,b\n").toUtf8();
    int rows = 0;
    while (utf8.size() < 1100 * 1024) {
        utf8 += QStringLiteral("Жуков Олег,1\n").toUtf8();
        ++rows;
    }
    QTest::newRow("invalid UTF-8 after valid UTF-8")
        << (utf8 + QByteArray("x\xC3(,2\n")) << rows + 1 << Record::Problem::BadEncoding
        << qint64(rows + 2);
}

void TestCsv::problems()
{
    QFETCH(QByteArray, data);
    QFETCH(int, record);
    QFETCH(Record::Problem, problem);
    QFETCH(qint64, line);

    QString error;
    const QList<Record> records = Reader::parseAll(data, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(records.size() > record);
    QCOMPARE(records.at(record).problem, problem);
    QCOMPARE(records.at(record).line, line);
    QVERIFY(!problemText(problem).isEmpty());
    for (int i = 0; i < record; ++i) {
        QCOMPARE(records.at(i).problem, Record::Problem::None);
    }
}

void TestCsv::rejectsWhatIsNotCsv_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("empty");
    QTest::newRow("only blank lines") << QByteArray("\r\n\n  \n") << QStringLiteral("empty");
    QByteArray junk;
    for (int i = 0; i < 4096; ++i) {
        junk.append(char((i * 7919 + 13) % 256));
    }
    QTest::newRow("binary junk") << junk << QStringLiteral("not text");
    QTest::newRow("control characters")
        << QByteArray(200, '\x01') + QByteArray("a,b\n") << QStringLiteral("not text");
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << QStringLiteral("Excel");
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE"
                                          "a\0,\0b\0",
                                          8)
                            << QStringLiteral("UTF-16");
}

void TestCsv::rejectsWhatIsNotCsv()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, errorPart);

    QString error;
    const QList<Record> records = Reader::parseAll(data, &error);
    QVERIFY(records.isEmpty());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestCsv::cp1251MatchesIcu()
{
    QStringDecoder icu("windows-1251");
    if (!icu.isValid()) {
        QSKIP("This Qt has no Windows-1251 codec (no ICU)");
    }
    for (int byte = 0x80; byte <= 0xFF; ++byte) {
        if (byte == 0x98) {
            continue; // unassigned
        }
        const QByteArray data = QByteArray("x\n") + char(byte) + '\n';
        QStringDecoder decoder("windows-1251");
        const QString expected = decoder.decode(data);
        Encoding encoding = Encoding::Utf8;
        const QList<Record> records = Reader::parseAll(data, nullptr, nullptr, &encoding);
        QCOMPARE(encoding, Encoding::Windows1251);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).cells.first(), expected.mid(2, 1));
    }
}

void TestCsv::streamsAcrossBlocks()
{
    // Over 1 MiB, so that quoted fields, CRLFs and multi-byte letters straddle the blocks.
    QByteArray data = QStringLiteral("ФИО;Заметки\r\n").toUtf8();
    const int rows = 30000;
    for (int i = 0; i < rows; ++i) {
        data += QStringLiteral("Ёжиков %1;\"строка; «%1»\r\nвторая \"\"строка\"\"\"\r\n")
                    .arg(i)
                    .toUtf8();
    }
    QVERIFY(data.size() > 2 * 1024 * 1024);
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Reader reader(&buffer);
    QVERIFY(reader.open());
    QCOMPARE(reader.delimiter(), QChar(u';'));
    Record record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.cells, QStringList({QStringLiteral("ФИО"), QStringLiteral("Заметки")}));
    int count = 0;
    while (reader.next(record)) {
        QCOMPARE(record.line, qint64(2 + 2 * count));
        QCOMPARE(record.cells.size(), 2);
        QCOMPARE(record.cells.at(0), QStringLiteral("Ёжиков %1").arg(count));
        QCOMPARE(record.cells.at(1),
                 QStringLiteral("строка; «%1»\r\nвторая \"строка\"").arg(count));
        QCOMPARE(record.problem, Record::Problem::None);
        ++count;
    }
    QVERIFY(reader.error().isEmpty());
    QCOMPARE(count, rows);
    QCOMPARE(reader.bytesRead(), qint64(data.size()));
}

void TestCsv::asciiThenCp1251LaterInTheFile()
{
    // The first block is plain ASCII; the encoding is decided where the first letter is.
    QByteArray data("name,n\n");
    while (data.size() < 1100 * 1024) {
        data += "Ivanov Ivan,12345\n";
    }
    data += cp1251(QStringLiteral("Жуков Олег,1\n"));
    const QList<Record> records = Reader::parseAll(data);
    QCOMPARE(records.last().cells.first(), QStringLiteral("Жуков Олег"));
    QCOMPARE(records.last().problem, Record::Problem::None);
}

void TestCsv::writerRoundTrip_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Encoding>("encoding");
    QTest::newRow("comma utf-8 BOM") << QChar(u',') << Encoding::Utf8Bom;
    QTest::newRow("semicolon cp1251") << QChar(u';') << Encoding::Windows1251;
    QTest::newRow("tab utf-8") << QChar(u'\t') << Encoding::Utf8;
}

void TestCsv::writerRoundTrip()
{
    QFETCH(QChar, delimiter);
    QFETCH(Encoding, encoding);
    const QList<QStringList> rows{
        {QStringLiteral("ФИО"), QStringLiteral("Заметки"), QStringLiteral("x")},
        {QStringLiteral("Иванов, Иван"), QStringLiteral("a;b\tc"), QString()},
        {QStringLiteral("say \"hi\""), QStringLiteral("line\r\nbreak\nand\rmore"),
         QStringLiteral(" padded ")},
        {QString(), QString(), QString()},
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    Writer writer(&buffer, delimiter, encoding);
    for (const QStringList &row : rows) {
        QVERIFY(writer.writeRecord(row));
    }
    QCOMPARE(writer.unmappableCount(), 0);
    buffer.close();
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), encoding == Encoding::Utf8Bom);
    QChar found;
    Encoding foundEncoding = Encoding::Utf8;
    const QList<Record> records = Reader::parseAll(bytes, nullptr, &found, &foundEncoding);
    QCOMPARE(found, delimiter);
    QCOMPARE(foundEncoding, encoding);
    QCOMPARE(records.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(records.at(i).cells, rows.at(i));
    }
    qint64 unmappable = 0;
    QCOMPARE(Writer::encode(QStringLiteral("日本"), Encoding::Windows1251, &unmappable),
             QByteArray("??"));
    QCOMPARE(unmappable, 2);
}

void TestCsv::headerMapping_data()
{
    using Field = HeaderMapping::Field;
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field"); // -1: not recognised

    const QList<std::pair<const char16_t *, int>> cases{
        {u"ФИО", int(Field::FullName)},
        {u"Ф.И.О.", int(Field::FullName)},
        {u"full name", int(Field::FullName)},
        {u"Name", int(Field::FullName)},
        {u"Фамилия", int(Field::LastName)},
        {u"имя", int(Field::FirstName)},
        {u"Отчество", int(Field::MiddleName)},
        {u"Телефон", int(Field::Phone)},
        {u"Мобильный", int(Field::Phone)},
        {u"PHONE", int(Field::Phone)},
        {u"E-mail", int(Field::Email)},
        {u"email", int(Field::Email)},
        {u"Почта", int(Field::Email)},
        {u"Эл. почта", int(Field::Email)},
        {u"Источник", int(Field::Source)},
        {u"Source", int(Field::Source)},
        {u"Вакансия", int(Field::Vacancy)},
        {u"vacancy", int(Field::Vacancy)},
        {u"Этап", int(Field::Stage)},
        {u"Stage", int(Field::Stage)},
        {u"Дата отклика", int(Field::AppliedAt)},
        {u"Applied", int(Field::AppliedAt)},
        {u"Date", int(Field::AppliedAt)},
        {u"Теги", int(Field::Tags)},
        {u"tags", int(Field::Tags)},
        {u"Рейтинг", int(Field::Rating)},
        {u"Rating", int(Field::Rating)},
        {u"Комментарий", int(Field::Notes)},
        {u"Заметки", int(Field::Notes)},
        {u"Notes", int(Field::Notes)},
        {u"  Телефон ", int(Field::Phone)},
        {u"Зарплата", -1},
        {u"", -1},
    };
    for (const auto &[text, field] : cases) {
        const QString header = QString::fromUtf16(text);
        QTest::newRow(qPrintable(header.isEmpty() ? QStringLiteral("(empty)") : header))
            << header << field;
    }
}

void TestCsv::headerMapping()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    const std::optional<HeaderMapping::Field> found = HeaderMapping::recognise(header);
    QCOMPARE(found ? int(*found) : -1, field);
}

void TestCsv::mappingOverride()
{
    using Field = HeaderMapping::Field;
    HeaderMapping mapping = HeaderMapping::guess(
        {QStringLiteral("Фамилия"), QStringLiteral("Имя"), QStringLiteral("Телефон"),
         QStringLiteral("Мобильный"), QStringLiteral("Зарплата")});
    QVERIFY(mapping.hasName());
    QCOMPARE(mapping.column(Field::FullName), -1);
    QCOMPARE(mapping.column(Field::LastName), 0);
    QCOMPARE(mapping.column(Field::FirstName), 1);
    QCOMPARE(mapping.column(Field::Phone), 2); // the first phone column wins
    QCOMPARE(mapping.fieldOf(4), std::nullopt);
    mapping.setColumn(Field::Notes, 4);
    QCOMPARE(mapping.fieldOf(4), Field::Notes);
    mapping.setColumn(Field::Phone, 3);
    QCOMPARE(mapping.column(Field::Phone), 3);
    mapping.setColumn(Field::Source, 3); // a column feeds one field only
    QCOMPARE(mapping.column(Field::Phone), -1);
    QCOMPARE(mapping.column(Field::Source), 3);
    mapping.setColumn(Field::LastName, -1);
    mapping.setColumn(Field::FirstName, -1);
    QVERIFY(!mapping.hasName());
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
