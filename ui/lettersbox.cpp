#include "lettersbox.h"

#include "common/displayformat.h"
#include "letterpreviewdialog.h"
#include "session/letterdesk.h"
#include "session/session.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QInputDialog>
#include <QMenu>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd {

LettersBox::LettersBox(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_write(new QToolButton(this)), m_list(new QTreeWidget(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("lettersBox"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    m_write->setPopupMode(QToolButton::InstantPopup);
    m_write->setObjectName(QStringLiteral("writeLetterButton"));
    m_write->setMenu(new QMenu(m_write));
    header->addWidget(m_write);
    layout->addLayout(header);
    m_list->setObjectName(QStringLiteral("lettersList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setMaximumHeight(120);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { open(item->data(0, Qt::UserRole).toLongLong()); });
    retranslate();
}

void LettersBox::retranslate()
{
    m_title->setText(tr("Letters"));
    m_write->setText(tr("Write letter"));
    m_list->setHeaderLabels({tr("Letter"), tr("Language"), tr("Written")});
    fillMenu();
    m_list->setToolTip(tr("Double-click a letter to see it, save it or print it."));
    reload();
}

void LettersBox::setView(const RequestView &view)
{
    const bool other = view.request.id != m_view.request.id;
    m_view = view;
    if (other)
        m_error->hide();
    m_write->setEnabled(view.mayWriteLetter.ok());
    m_write->setToolTip(view.mayWriteLetter.error());
    fillMenu();
    reload();
}

void LettersBox::fillMenu()
{
    // Only the kinds that fit the request's status (a completion once completed, a refusal once
    // rejected...); none fits: the button says so.
    QMenu *menu = m_write->menu();
    menu->clear();
    for (const auto &[kind, allowed] : std::as_const(m_view.letterChoices))
        if (allowed)
            menu->addAction(letterKinds().label(kind), this, [this, kind = kind] { askLanguageAndWrite(kind); });
    if (menu->isEmpty() && m_view.mayWriteLetter.ok()) {
        m_write->setEnabled(false);
        m_write->setToolTip(tr("No letter fits a request that is %1.").arg(requestStatuses().label(m_view.request.status).toLower()));
    }
}

QStringList LettersBox::offeredKinds() const
{
    QStringList out;
    for (const QAction *a : m_write->menu()->actions())
        out << a->text();
    return out;
}

void LettersBox::askLanguageAndWrite(LetterKind kind)
{
    // The person's preference is the default, and shown: the letter's language is chosen, not
    // silently taken (an English explanation must not go into a Chinese letter unnoticed).
    const bool prefersEnglish = m_view.person.language == QLatin1String("en");
    const QStringList languages{tr("Simplified Chinese"), tr("English")};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, letterKinds().label(kind),
        tr("Language of the letter (%1 prefers %2). Check that any explanation you wrote is in the same language.")
            .arg(m_view.person.name.isEmpty() ? tr("the requester") : m_view.person.name,
                 languages.at(prefersEnglish ? 1 : 0)),
        languages, prefersEnglish ? 1 : 0, false, &ok);
    if (ok)
        write(kind, chosen == languages.at(1) ? QStringLiteral("en") : QStringLiteral("zh_CN"));
}

int LettersBox::letterCount() const
{
    return m_list->topLevelItemCount();
}

QString LettersBox::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void LettersBox::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void LettersBox::reload()
{
    m_list->clear();
    for (const LetterInfo &l : std::as_const(m_view.letters)) {
        auto *item = new QTreeWidgetItem(m_list, {letterKinds().label(l.kind),
                                                  l.language == QLatin1String("en") ? tr("English") : tr("Simplified Chinese"),
                                                  DisplayFormat::tableDateTime(l.createdAt)});
        item->setData(0, Qt::UserRole, l.id);
        item->setToolTip(0, tr("SHA-256 %1 · by %2").arg(l.sha256, l.createdBy));
    }
}

void LettersBox::write(LetterKind kind, const QString &language)
{
    const qint64 id = m_view.request.id;
    ++m_busy;
    m_session.write(
        this, [id, kind, language](const Session &s) { return s.letters().write(id, kind, language); },
        [this, id](const Result<LetterInfo> &written) {
            --m_busy;
            if (!written)
                return showError(written.error());
            m_error->hide();
            if (id == m_view.request.id) {
                m_view.letters << written.value();
                reload();
            }
            Q_EMIT letterWritten(id);
        });
}

LetterPreviewDialog *LettersBox::preview() const
{
    return static_cast<LetterPreviewDialog *>(m_preview.data());
}

void LettersBox::open(qint64 letterId)
{
    LetterInfo letter;
    for (const LetterInfo &l : std::as_const(m_view.letters))
        if (l.id == letterId)
            letter = l;
    const QString reference = m_view.request.reference;
    ++m_busy;
    m_session.write(
        this, [letterId](const Session &s) { return s.letters().pdf(letterId); },
        [this, letterId, letter, reference](const Result<QByteArray> &pdf) {
            --m_busy;
            if (!pdf)
                return showError(pdf.error());
            m_error->hide();
            const QString title = QStringLiteral("%1 · %2").arg(reference, letterKinds().label(letter.kind));
            const QString fileName = QStringLiteral("%1 %2 %3.pdf").arg(reference, letterKinds().key(letter.kind), letter.language);
            if (m_preview)
                m_preview->close();
            auto *preview = new LetterPreviewDialog(pdf.value(), title, fileName, window());
            m_preview = preview;
            preview->setAttribute(Qt::WA_DeleteOnClose);
            const auto record = [this, letterId](LetterService::Copy copy) {
                m_session.write(
                    this, [letterId, copy](const Session &s) { return s.letters().recordCopy(letterId, copy); },
                    [this](const Status &recorded) {
                        if (!recorded)
                            showError(recorded.error());
                    });
            };
            connect(preview, &LetterPreviewDialog::saved, this, [record] { record(LetterService::Copy::File); });
            connect(preview, &LetterPreviewDialog::printed, this, [record] { record(LetterService::Copy::Printer); });
            preview->show();
            Q_EMIT letterOpened(letterId);
        });
}

void LettersBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pd
