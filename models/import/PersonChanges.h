// PersonChanges: compares what the ERP now says about a person with what is stored, and records the
// difference the same way for every import format: a line per field in the preview, and the changes
// later issues react to (a new e-mail address, a person without one) in erp_changes.
#pragma once

#include "domain/Result.h"
#include "import/ImportContext.h"
#include "storage/BulkInserter.h"

namespace tc {

struct PersonFields
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString phoneE164;
    QString language; // empty: unknown (the company's default applies)

    QString displayName() const { return firstName.isEmpty() ? lastName : firstName + u' ' + lastName; }
};

class PersonChanges
{
public:
    explicit PersonChanges(ImportContext &ctx);

    // Records what differs between before and after for the person `id` (ERP reference `ref`).
    // Returns true when a field people see changed (not only the E.164 form of the same number).
    bool record(qint64 personId, const QString &ref, const PersonFields &before, const PersonFields &after);
    // A person created without an e-mail address: the office cannot reach them yet.
    void recordNoContact(qint64 personId);
    Status flush();

private:
    ImportContext &m_ctx;
    BulkInserter m_changes;
};

} // namespace tc
