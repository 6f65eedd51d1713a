#pragma once

#include "filteredtable.h"

namespace jitscope {

class Document;

// The selected module's attributes that are not submodules, parameters or buffers.
class AttributesPane : public FilteredTable
{
    Q_OBJECT
public:
    explicit AttributesPane(Document* document, QWidget* parent = nullptr);
};

} // namespace jitscope
