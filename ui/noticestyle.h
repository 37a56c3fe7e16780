#pragma once

#include <QLabel>

namespace pd {

// The amber box the UI draws around a notice: a proposal waiting for approval, a read-only page.
inline void styleAsNotice(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("QLabel { background: #fff8e1; border: 1px solid #ffcc80; border-radius: 3px; padding: 6px; }"));
}

} // namespace pd
