#pragma once

#include "../common/result.h"
#include "../domain/erasure.h"
#include "../domain/records.h"
#include "demosink.h"

namespace pd {

class Database;

// The erasure a demo deletion or account cancellation was carried out with. The demo platform is
// written afterwards without the people whose data was erased (DemoGenerator), so the record
// and the platform agree: nothing remains.
namespace DemoErasures {
ErasureRecord record(const Request &request, const DemoStep &step);
AuditEntry auditEntry(const ErasureRecord &record);
// Records it and its audit entry in one transaction (the demo loaded through the services).
Status insert(const Database &db, qint64 requestId, const DemoStep &step);
} // namespace DemoErasures

} // namespace pd
