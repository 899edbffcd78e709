#include "ui/HelpDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace qf {

namespace {

struct Page
{
    const char* name;
    const char* title; // the page's own heading (the pages are Chinese)
};

const Page kPages[] = {
    { "index", "目录" },           { "today", "今日待办" },       { "checkin", "来访登记" },
    { "cases", "案件办理" },       { "supervision", "督办" },     { "quality", "办理质量" },
    { "meeting", "研判会" },       { "analysis", "统计分析" },    { "overview", "概览" },
    { "settings", "设置" },        { "shortcuts", "键盘快捷键" },
};

QString readPage(const QString& name)
{
    QFile f(QStringLiteral(":/qingfeng/help/%1.html").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

HelpDialog::HelpDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_window(window)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("User guide"));
    resize(900, 620);
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_pages = new QListWidget(this);
    m_pages->setObjectName(QStringLiteral("helpPages"));
    m_pages->setFixedWidth(160);
    for (const Page& p : kPages) {
        auto* item = new QListWidgetItem(QString::fromUtf8(p.title), m_pages);
        item->setData(Qt::UserRole, QString::fromLatin1(p.name));
    }
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenLinks(false);
    row->addWidget(m_pages);
    row->addWidget(m_browser, 1);
    layout->addLayout(row, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(m_pages->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        QString page = url.path();
        if (page.endsWith(QLatin1String(".html")))
            page.chop(5);
        showPage(page.section(QLatin1Char('/'), -1));
    });
    showPage(QStringLiteral("index"));
}

QString HelpDialog::pageFor(const QString& workspaceName)
{
    static const QMap<QString, QString> pages {
        { QStringLiteral("todayWorkspace"), QStringLiteral("today") },
        { QStringLiteral("checkInWorkspace"), QStringLiteral("checkin") },
        { QStringLiteral("caseListWorkspace"), QStringLiteral("cases") },
        { QStringLiteral("supervisorWorkspace"), QStringLiteral("supervision") },
        { QStringLiteral("qualityWorkspace"), QStringLiteral("quality") },
        { QStringLiteral("meetingWorkspace"), QStringLiteral("meeting") },
        { QStringLiteral("analysisWorkspace"), QStringLiteral("analysis") },
        { QStringLiteral("overviewWorkspace"), QStringLiteral("overview") },
        { QStringLiteral("settingsWorkspace"), QStringLiteral("settings") },
    };
    return pages.value(workspaceName, QStringLiteral("index"));
}

void HelpDialog::showPage(const QString& page)
{
    const QString html = page == QLatin1String("shortcuts") ? shortcutsHtml(m_window) : readPage(page);
    m_page = html.isEmpty() ? QStringLiteral("index") : page;
    m_browser->setHtml(html.isEmpty() ? readPage(m_page) : html);
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->item(i)->data(Qt::UserRole).toString() == m_page) {
            const QSignalBlocker block(m_pages);
            m_pages->setCurrentRow(i);
        }
    }
}

QString HelpDialog::text() const
{
    return m_browser->toPlainText();
}

QString HelpDialog::shortcutsHtml(QWidget* window)
{
    QString rows;
    QStringList seen;
    if (window) {
        for (const QAction* a : window->findChildren<QAction*>()) {
            if (a->shortcuts().isEmpty() || a->text().isEmpty() || a->menu())
                continue;
            QStringList keys;
            for (const QKeySequence& k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            QString what = a->text();
            what.remove(QLatin1Char('&'));
            const QString line = what + keys.join(QStringLiteral(" / "));
            if (seen.contains(line))
                continue;
            seen << line;
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(what.toHtmlEscaped(), keys.join(QStringLiteral("　")).toHtmlEscaped());
        }
    }
    // Each screen's own keys (QShortcut has no text of its own to list).
    const char* const screens[][2] = {
        { "来访登记：取号", "F2" },           { "来访登记：手工录入身份", "F3" },
        { "来访登记：叫下一位", "F5" },       { "来访登记：拍照", "F6" },
        { "来访登记：结束接谈", "F8" },       { "来访登记：开始或停止录音", "F9" },
        { "来访登记：登记并打印回执", "Ctrl+Enter" },
        { "热线：接听来电（任何页面）", "F12" }, { "热线：挂断", "Shift+F12" },
        { "热线：回拨所选来电", "F5 / Enter" },
        { "案件办理：检索", "Ctrl+F" },       { "案件办理：登记来信来电", "Ctrl+N" },
        { "列表：复制所选行", "Ctrl+C" },     { "列表：打印", "Ctrl+P" },
        { "研判会：上一件 / 下一件", "PgUp / PgDown" },
        { "研判会：四种处置方式", "1 2 3 4" }, { "研判会：分送 / 退回 / 暂缓", "5 / 6 / 7" },
        { "研判会：撤销决定", "Ctrl+Z" },
        { "使用说明（本页）", "F1" },
    };
    for (const auto& s : screens)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(QString::fromUtf8(s[0]), QString::fromLatin1(s[1]));
    return QStringLiteral("<html><body><h2>键盘快捷键</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                          "<tr><th>操作</th><th>按键</th></tr>%1</table>"
                          "<p><a href=\"index.html\">返回目录</a></p></body></html>")
        .arg(rows);
}

} // namespace qf
