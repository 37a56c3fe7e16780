#include "intakedialog.h"

#include "common/displayformat.h"
#include "noticestyle.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "workflow/workingdaycalendar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace pd {

namespace {
using Field = FieldError::Field;

void setInvalid(QWidget *w, bool invalid)
{
    if (!w || w->property("invalid").toBool() == invalid)
        return;
    w->setProperty("invalid", invalid);
    w->style()->unpolish(w);
    w->style()->polish(w);
}

template<typename E>
void fillCombo(QComboBox *combo, const EnumTable<E> &table)
{
    const int current = combo->currentIndex();
    combo->clear();
    for (E v : table.all())
        combo->addItem(table.label(v), int(v));
    combo->setCurrentIndex(std::max(0, current));
}
} // namespace

IntakeDialog::IntakeDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session),
      m_personGroup(new QGroupBox(this)), m_requestGroup(new QGroupBox(this)), m_formError(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("intakeDialog"));
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 2px solid #c62828; border-radius: 3px; }"
                                 "QLabel[role=\"error\"] { color: #c62828; }"));
    buildPersonGroup();
    buildRequestGroup();
    m_formError->setProperty("role", QStringLiteral("error"));
    m_formError->setWordWrap(true);
    m_formError->hide();
    m_formError->setObjectName(QStringLiteral("formError"));

    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_personGroup, 1);
    columns->addWidget(m_requestGroup, 1);
    layout->addLayout(columns, 1);
    layout->addWidget(m_formError);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IntakeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IntakeDialog::reject);
    retranslate();
    updateDuePreview();
    clearErrorsAsCorrected();
    m_lookup->setFocus();
}

void IntakeDialog::buildPersonGroup()
{
    auto *layout = new QVBoxLayout(m_personGroup);
    m_lookupLabel = new QLabel(m_personGroup);
    m_lookupLabel->setWordWrap(true);
    layout->addWidget(m_lookupLabel);
    auto *row = new QHBoxLayout;
    m_lookup = new QLineEdit(m_personGroup);
    m_lookup->setObjectName(QStringLiteral("lookupField"));
    m_find = new QPushButton(m_personGroup);
    m_find->setObjectName(QStringLiteral("findButton"));
    row->addWidget(m_lookup, 1);
    row->addWidget(m_find);
    layout->addLayout(row);
    m_matches = new QListWidget(m_personGroup);
    m_matches->setObjectName(QStringLiteral("personMatches"));
    m_matches->setMaximumHeight(110);
    m_matches->hide();
    layout->addWidget(m_matches);
    m_chosen = new QLabel(m_personGroup);
    m_chosen->setObjectName(QStringLiteral("chosenPerson"));
    m_chosen->setWordWrap(true);
    m_chosen->hide();
    layout->addWidget(m_chosen);
    m_newPerson = new QPushButton(m_personGroup);
    m_newPerson->setObjectName(QStringLiteral("newPersonButton"));
    m_newPerson->hide();
    layout->addWidget(m_newPerson, 0, Qt::AlignLeft);
    connect(m_lookup, &QLineEdit::returnPressed, this, &IntakeDialog::lookUp);
    connect(m_find, &QPushButton::clicked, this, &IntakeDialog::lookUp);
    connect(m_matches, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        usePerson(item->data(Qt::UserRole).value<PersonView>());
    });
    connect(m_matches, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        usePerson(item->data(Qt::UserRole).value<PersonView>());
    });
    connect(m_newPerson, &QPushButton::clicked, this, &IntakeDialog::clearPerson);

    m_newPersonFields = new QWidget(m_personGroup);
    auto *form = new QFormLayout(m_newPersonFields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto add = [&](QWidget *input, Field field, const char *name) {
        input->setObjectName(QLatin1String(name));
        auto *label = new QLabel(m_newPersonFields);
        label->setBuddy(input);
        form->addRow(label, input);
        m_rowLabels.insert(input, label);
        auto *error = new QLabel(m_newPersonFields);
        error->setProperty("role", QStringLiteral("error"));
        error->setWordWrap(true);
        error->setObjectName(QLatin1String(name) + QStringLiteral("Error"));
        error->hide();
        form->addRow(QString(), error);
        m_errorLabels.insert(int(field), error);
        m_fieldWidgets.insert(int(field), input);
    };
    m_name = new QLineEdit(m_newPersonFields);
    m_phone = new QLineEdit(m_newPersonFields);
    m_email = new QLineEdit(m_newPersonFields);
    m_account = new QLineEdit(m_newPersonFields);
    m_idNumber = new QLineEdit(m_newPersonFields);
    m_company = new QLineEdit(m_newPersonFields);
    // A little over each field's limit, so that a pasted text too long is named by its message.
    m_name->setMaxLength(220);
    m_phone->setMaxLength(IntakeService::kMaximumPhoneLength + 20);
    m_email->setMaxLength(IntakeService::kMaximumEmailLength + 20);
    m_account->setMaxLength(IntakeService::kMaximumAccountLength + 20);
    m_company->setMaxLength(IntakeService::kMaximumCompanyLength + 20);
    m_language = new QComboBox(m_newPersonFields);
    add(m_name, Field::Name, "nameField");
    add(m_phone, Field::Phone, "phoneField");
    add(m_email, Field::Email, "emailField");
    add(m_account, Field::Account, "accountField");
    add(m_idNumber, Field::IdNumber, "idNumberField");
    add(m_company, Field::Company, "companyField");
    m_language->setObjectName(QStringLiteral("languageField"));
    auto *languageLabel = new QLabel(m_newPersonFields);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    m_rowLabels.insert(m_language, languageLabel);
    m_idNumber->setMaxLength(IntakeService::kMaximumIdNumberLength);
    layout->addWidget(m_newPersonFields);
    auto *personError = new QLabel(m_personGroup);
    personError->setProperty("role", QStringLiteral("error"));
    personError->setWordWrap(true);
    personError->hide();
    layout->addWidget(personError);
    m_errorLabels.insert(int(Field::Person), personError);
    layout->addStretch(1);
}

void IntakeDialog::buildRequestGroup()
{
    auto *form = new QFormLayout(m_requestGroup);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *typesBox = new QWidget(m_requestGroup);
    typesBox->setObjectName(QStringLiteral("typesBox"));
    auto *grid = new QGridLayout(typesBox);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto types = requestTypes().all();
    for (int i = 0; i < types.size(); ++i) {
        auto *box = new QCheckBox(typesBox);
        box->setObjectName(QStringLiteral("type_") + requestTypes().key(types.at(i)));
        box->setProperty("requestType", int(types.at(i)));
        grid->addWidget(box, i / 2, i % 2);
        m_types << box;
    }
    const auto addRow = [&](QWidget *input, const char *name) {
        input->setObjectName(QLatin1String(name));
        auto *label = new QLabel(m_requestGroup);
        label->setBuddy(input);
        form->addRow(label, input);
        m_rowLabels.insert(input, label);
    };
    const auto addError = [&](Field field, const char *name) {
        auto *error = new QLabel(m_requestGroup);
        error->setProperty("role", QStringLiteral("error"));
        error->setWordWrap(true);
        error->setObjectName(QLatin1String(name));
        error->hide();
        form->addRow(QString(), error);
        m_errorLabels.insert(int(field), error);
    };
    addRow(typesBox, "typesBox");
    addError(Field::Types, "typesError");
    // An open request of the same person and type: this one is probably a repeat (flagged here).
    m_duplicateNotice = new QLabel(m_requestGroup);
    m_duplicateNotice->setObjectName(QStringLiteral("duplicateNotice"));
    m_duplicateNotice->setWordWrap(true);
    m_duplicateNotice->setTextFormat(Qt::PlainText);
    styleAsNotice(m_duplicateNotice);
    m_duplicateNotice->hide();
    form->addRow(m_duplicateNotice);
    m_linkDuplicates = new QCheckBox(m_requestGroup);
    m_linkDuplicates->setObjectName(QStringLiteral("linkDuplicates"));
    m_linkDuplicates->setChecked(true);
    m_linkDuplicates->hide();
    form->addRow(m_linkDuplicates);
    for (QCheckBox *box : std::as_const(m_types))
        connect(box, &QCheckBox::toggled, this, &IntakeDialog::checkDuplicates);
    m_fieldWidgets.insert(int(Field::Types), typesBox);
    m_channel = new QComboBox(m_requestGroup);
    m_requesterKind = new QComboBox(m_requestGroup);
    m_entity = new QComboBox(m_requestGroup);
    m_priority = new QComboBox(m_requestGroup);
    m_received = new QDateTimeEdit(QDateTime::currentDateTime(), m_requestGroup);
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_received->setMaximumDateTime(QDateTime::currentDateTime().addSecs(300));
    m_duePreview = new QLabel(m_requestGroup);
    m_duePreview->setObjectName(QStringLiteral("duePreview"));
    m_duePreview->setWordWrap(true);
    m_summary = new QPlainTextEdit(m_requestGroup);
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(70);
    addRow(m_channel, "channelField");
    addRow(m_requesterKind, "requesterKindField");
    addRow(m_entity, "entityField");
    addRow(m_priority, "priorityField");
    addRow(m_received, "receivedField");
    addError(Field::ReceivedAt, "receivedError");
    m_fieldWidgets.insert(int(Field::ReceivedAt), m_received);
    addRow(m_duePreview, "duePreview");
    addRow(m_summary, "summaryField");
    addError(Field::Summary, "summaryError");
    m_fieldWidgets.insert(int(Field::Summary), m_summary);
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &IntakeDialog::updateDuePreview);
}

void IntakeDialog::retranslate()
{
    setWindowTitle(tr("Register a request"));
    m_personGroup->setTitle(tr("Person (data subject)"));
    m_lookupLabel->setText(tr("Find the person by phone, e-mail, account or resident ID number, or enter a new person below."));
    m_lookup->setPlaceholderText(tr("e.g. 138 0013 8000 or name@example.com"));
    m_find->setText(tr("&Find"));
    m_newPerson->setText(tr("Enter a new person instead"));
    const QHash<QWidget *, QString> labels{
        {m_name, tr("&Name")}, {m_phone, tr("&Phone")}, {m_email, tr("&E-mail")}, {m_account, tr("&Account")},
        {m_idNumber, tr("Resident &ID number")}, {m_company, tr("Compan&y")}, {m_language, tr("Letter &language")},
        {m_channel, tr("&Channel")}, {m_requesterKind, tr("Re&quester")}, {m_entity, tr("Pr&ocessor")},
        {m_priority, tr("P&riority")}, {m_received, tr("Recei&ved")}, {m_duePreview, tr("Due")},
        {m_summary, tr("&Summary")},
    };
    for (auto it = m_rowLabels.cbegin(); it != m_rowLabels.cend(); ++it) {
        if (labels.contains(it.key()))
            it.value()->setText(labels.value(it.key()));
        else
            it.value()->setText(tr("Request &types"));
    }
    m_phone->setPlaceholderText(tr("+86 mobile, or + and country code"));
    m_idNumber->setPlaceholderText(tr("18 characters"));
    const int lang = m_language->currentIndex();
    m_language->clear();
    m_language->addItem(tr("Simplified Chinese"), QStringLiteral("zh_CN"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, lang));
    m_requestGroup->setTitle(tr("Request"));
    for (QCheckBox *box : std::as_const(m_types))
        box->setText(requestTypes().label(RequestType(box->property("requestType").toInt())));
    fillCombo(m_channel, channels());
    fillCombo(m_requesterKind, requesterKinds());
    fillCombo(m_entity, entities());
    const bool firstFill = m_priority->count() == 0;
    fillCombo(m_priority, priorities());
    if (firstFill)
        m_priority->setCurrentIndex(m_priority->findData(int(Priority::Normal)));
    m_summary->setPlaceholderText(tr("What the person asks for, in their words"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    if (m_personId > 0)
        m_chosen->setText(m_chosen->property("personText").toString());
    updateDuePreview();
    showDuplicates();
}

void IntakeDialog::checkDuplicates()
{
    const int check = ++m_duplicateCheck;
    QList<RequestType> types;
    for (const QCheckBox *box : std::as_const(m_types))
        if (box->isChecked())
            types << RequestType(box->property("requestType").toInt());
    if (m_personId <= 0 || types.isEmpty()) {
        m_duplicates.clear();
        showDuplicates();
        return;
    }
    const qint64 person = m_personId;
    m_session.read(
        this, [person, types](const Session &s) { return s.requests().openDuplicates(person, types); },
        [this, check](const Result<QList<DuplicateMatch>> &found) {
            if (check != m_duplicateCheck)
                return; // the person or the types changed meanwhile
            m_duplicates = found ? found.value() : QList<DuplicateMatch>();
            showDuplicates();
        });
}

void IntakeDialog::showDuplicates()
{
    if (m_duplicates.isEmpty()) {
        m_duplicateNotice->hide();
        m_linkDuplicates->hide();
        return;
    }
    QStringList lines;
    for (const DuplicateMatch &m : std::as_const(m_duplicates))
        lines << tr("%1 · %2 · %3 · due %4", "reference · type · status · due date")
                     .arg(m.reference, requestTypes().label(m.type), requestStatuses().label(m.status),
                          DisplayFormat::proseDate(m.dueDate));
    m_duplicateNotice->setText(tr("This person already has %n open request(s) of the same type, so the new one may be a "
                                  "repeat:", nullptr, int(m_duplicates.size()))
                               + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_linkDuplicates->setText(tr("&Link each new request to the open one of its type as a duplicate"));
    m_duplicateNotice->show();
    m_linkDuplicates->show();
}

void IntakeDialog::lookUp()
{
    m_matches->clear();
    const QString typed = m_lookup->text();
    m_find->setEnabled(false);
    m_session.read(
        this, [typed](const Session &s) { return s.requests().lookup(typed); },
        [this, typed](const Result<QList<PersonView>> &found) {
            m_find->setEnabled(true);
            auto *error = errorLabel(Field::Person);
            if (!found) {
                error->setText(found.error());
                error->show();
                return;
            }
            error->hide();
            if (found->isEmpty()) {
                error->setText(tr("No one matches \"%1\". Enter the person's details below.").arg(typed.trimmed().left(80)));
                error->show();
                m_matches->hide();
                return;
            }
            for (const PersonView &p : found.value()) {
                QStringList parts{p.name, p.masked.value(PersonField::Phone), p.masked.value(PersonField::Email),
                                  p.masked.value(PersonField::Account)};
                parts.removeAll(QString());
                auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_matches);
                item->setData(Qt::UserRole, QVariant::fromValue(p));
            }
            m_matches->show();
            if (found->size() == 1)
                usePerson(found->constFirst());
        });
}

void IntakeDialog::usePerson(const PersonView &person)
{
    m_personId = person.id;
    const QString contact = person.masked.value(PersonField::Phone, person.masked.value(PersonField::Email));
    const QString text = tr("Requests will be registered for <b>%1</b> (%2).").arg(person.name.toHtmlEscaped(), contact.toHtmlEscaped());
    m_chosen->setProperty("personText", text);
    m_chosen->setText(text);
    m_chosen->show();
    m_newPerson->show();
    m_newPersonFields->setEnabled(false);
    m_newPersonFields->hide();
    clearErrors();
    checkDuplicates();
}

void IntakeDialog::clearPerson()
{
    m_personId = 0;
    m_chosen->hide();
    m_newPerson->hide();
    m_matches->clearSelection();
    m_newPersonFields->setEnabled(true);
    m_newPersonFields->show();
    m_name->setFocus();
    checkDuplicates();
}

void IntakeDialog::updateDuePreview()
{
    const DeadlineRule rule(m_session.calendar());
    const QDate due = rule.dueDate(m_received->dateTime().date());
    m_duePreview->setText(tr("%1 (%2)").arg(DisplayFormat::proseDate(due), DeadlineRule::description()));
}

IntakeForm IntakeDialog::form() const
{
    IntakeForm f;
    f.personId = m_personId;
    f.name = m_name->text();
    f.phone = m_phone->text();
    f.email = m_email->text();
    f.account = m_account->text();
    f.idNumber = m_idNumber->text();
    f.company = m_company->text();
    f.language = m_language->currentData().toString();
    for (const QCheckBox *box : m_types)
        if (box->isChecked())
            f.types << RequestType(box->property("requestType").toInt());
    f.channel = Channel(m_channel->currentData().toInt());
    f.requesterKind = RequesterKind(m_requesterKind->currentData().toInt());
    f.entity = Entity(m_entity->currentData().toInt());
    f.priority = Priority(m_priority->currentData().toInt());
    f.receivedAt = m_received->dateTime();
    f.summary = m_summary->toPlainText();
    f.linkDuplicates = !m_duplicates.isEmpty() && m_linkDuplicates->isChecked();
    return f;
}

QLabel *IntakeDialog::errorLabel(Field field) const
{
    return m_errorLabels.value(int(field));
}

void IntakeDialog::clearErrorsAsCorrected()
{
    // A field's message goes as soon as the user changes that field: it said what was wrong
    // with what is no longer there. (The other messages stay until the next submit.)
    for (auto it = m_fieldWidgets.cbegin(); it != m_fieldWidgets.cend(); ++it) {
        const int field = it.key();
        QWidget *w = it.value();
        const auto clear = [this, field, w] {
            if (QLabel *l = m_errorLabels.value(field))
                l->hide();
            setInvalid(w, false);
        };
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            connect(edit, &QLineEdit::textEdited, this, clear);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            connect(text, &QPlainTextEdit::textChanged, this, clear);
        else if (auto *when = qobject_cast<QDateTimeEdit *>(w))
            connect(when, &QDateTimeEdit::dateTimeChanged, this, clear);
        else
            for (auto *box : w->findChildren<QCheckBox *>())
                connect(box, &QCheckBox::toggled, this, clear);
    }
}

void IntakeDialog::clearErrors()
{
    for (QLabel *l : std::as_const(m_errorLabels))
        l->hide();
    for (QWidget *w : std::as_const(m_fieldWidgets))
        setInvalid(w, false);
    m_formError->hide();
}

void IntakeDialog::showErrors(const QList<FieldError> &errors)
{
    clearErrors();
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        if (QLabel *l = errorLabel(e.field)) {
            l->setText(l->isVisible() ? l->text() + QLatin1Char('\n') + e.message : e.message);
            l->show();
        }
        QWidget *w = m_fieldWidgets.value(int(e.field));
        setInvalid(w, true);
        if (!first)
            first = w;
    }
    m_formError->setText(tr("%n problem(s) to fix before the request can be registered.", nullptr, int(errors.size())));
    m_formError->show();
    if (first)
        first->setFocus();
}

void IntakeDialog::accept()
{
    if (m_busy)
        return;
    IntakeForm f = form();
    // The checks need no database: made here, so the fields at fault are marked at once.
    const auto errors = m_session.requests().validate(f);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    m_busy = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_session.write(
        this, [f](const Session &s) { return s.requests().submit(f); },
        [this](const Result<QList<Request>> &created) {
            m_busy = false;
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
            if (!created) {
                clearErrors();
                m_formError->setText(tr("The request was not saved: %1 Nothing was changed; your input is still here.")
                                         .arg(created.error()));
                m_formError->show();
                return;
            }
            m_created = created.value();
            QDialog::accept();
        });
}

void IntakeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pd
