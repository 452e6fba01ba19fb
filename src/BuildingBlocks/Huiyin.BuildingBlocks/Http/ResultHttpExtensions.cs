using Huiyin.BuildingBlocks.Results;
using Microsoft.AspNetCore.Http;

namespace Huiyin.BuildingBlocks.Http;

public static class ResultHttpExtensions
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : ProblemResults.From(result.Error);

    public static IResult ToHttp(this Result result) =>
        result.IsSuccess ? TypedResults.NoContent() : ProblemResults.From(result.Error);
}
