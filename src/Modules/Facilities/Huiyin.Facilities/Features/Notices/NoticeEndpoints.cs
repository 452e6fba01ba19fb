using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Facilities.Features.Notices;

internal static class NoticeEndpoints
{
    public static void MapNotices(this IEndpointRouteBuilder api)
    {
        var notices = api.MapGroup("/notices").WithTags("Notices");
        notices.MapSendNotice();
        notices.MapListNotices();
        notices.MapGetNotice();
        notices.MapListNoticeDeliveries();
        notices.MapAcknowledgeDelivery();
        notices.MapAcknowledgeDeliveries();
        notices.MapPrintNoticeLetters();
    }
}
