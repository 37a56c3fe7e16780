// libFuzzer target for the CSV reader (Csv::decode, detectSeparator, parse): every input either
// parses or fails with a message, never crashes, hangs or reads out of bounds (AddressSanitizer,
// UndefinedBehaviorSanitizer). Built and run by scripts/fuzz-csv.sh.
#include "exchange/csv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto encoding : {std::optional<pd::Csv::Encoding>(), std::optional(pd::Csv::Encoding::Gbk)}) {
        const auto decoded = pd::Csv::decode(bytes, encoding);
        if (!decoded) {
            if (decoded.error().isEmpty())
                __builtin_trap(); // a failure always says why
            continue;
        }
        const QChar separator = pd::Csv::detectSeparator(decoded->text);
        const auto records = pd::Csv::parse(decoded->text, separator);
        if (!records) {
            if (records.error().isEmpty())
                __builtin_trap();
            continue;
        }
        int line = 0;
        for (const auto &r : records.value()) {
            if (r.line <= line) // records start on increasing lines
                __builtin_trap();
            line = r.line;
            // What the writer writes, the reader reads back as the same cells (defused ones aside).
            const auto back = pd::Csv::parse(QString::fromUtf8(pd::Csv::line(r.fields)));
            if (!back || back->size() > 1)
                __builtin_trap();
        }
    }
    return 0;
}
