#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace gobiz {

// What a person typed as the custom API address (the first page's field, --base-url), turned
// into a base URL the client can use, or one sentence saying what is wrong and what to do.
// Pure: no I/O, no logging.
//
// An address that ends in the API's own path ("…/integrations/partner/v1/token-info", copied
// from Postman or the API documentation) is used without that path, and note says so: the base
// is unambiguous, the client adds the path itself, and refusing would only make the person
// delete it by hand. Kept as typed, every request would get a 404 that reads as "unknown outlet".
struct BaseUrlInput
{
    Q_DECLARE_TR_FUNCTIONS(BaseUrlInput)
public:
    QUrl url; // the base URL to use; only meaningful when problem is empty
    QString problem; // empty when url may be used
    QString note; // a sentence the person sees even when accepted (the API path removed)
    bool looksLikeToken = false; // the text is never echoed, problem says why

    bool isAcceptable() const { return problem.isEmpty(); }

    static BaseUrlInput parse(const QString &typed);
};

} // namespace gobiz
