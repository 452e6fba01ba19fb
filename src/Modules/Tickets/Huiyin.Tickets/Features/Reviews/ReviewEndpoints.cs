using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features.Reviews;

internal static class ReviewEndpoints
{
    public static void MapReviews(this IEndpointRouteBuilder tickets)
    {
        var reviews = tickets.MapGroup("/reviews");
        reviews.MapSignDailyReview();
        reviews.MapListDailyReviews();
        reviews.MapSignMonthlyReview();
        reviews.MapListMonthlyReviews();
    }
}
