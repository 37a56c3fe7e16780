#pragma once

#include "../common/result.h"
#include "../domain/datasource.h"
#include "../domain/records.h"
#include "demosink.h"

namespace pd {

class Database;

// The package a demo access, copy or portability request was answered with. No file is written
// for demo data: the record stands for one, with a hash that names the request and the moment
// (so it is no real package's), every category, and the items the step says.
namespace DemoPackages {
PackageRecord record(const Request &request, const DemoStep &step);
// Records it and its audit entry in one transaction (the demo loaded through the services).
Status insert(const Database &db, qint64 requestId, const DemoStep &step);
} // namespace DemoPackages

} // namespace pd
