using System.Collections.Concurrent;
using System.Reflection;

namespace Huiyin.BuildingBlocks.Results;

/// <summary>
/// Builds a failed <see cref="Result"/> or <see cref="Result{T}"/> for a response type known only as a
/// generic parameter, so that pipeline behaviors can fail a request without knowing its handler.
/// </summary>
public static class FailedResult
{
    private static readonly ConcurrentDictionary<Type, Func<Error, object>> Factories = new();

    public static bool CanRepresent(Type responseType) => typeof(Result).IsAssignableFrom(responseType);

    public static TResponse Of<TResponse>(Error error) =>
        (TResponse)Factories.GetOrAdd(typeof(TResponse), CreateFactory)(error);

    private static Func<Error, object> CreateFactory(Type responseType)
    {
        if (responseType == typeof(Result))
        {
            return Result.Failure;
        }

        var failure = responseType.GetMethod(nameof(Result.Failure), BindingFlags.Public | BindingFlags.Static, [typeof(Error)])
            ?? throw new InvalidOperationException($"{responseType} cannot represent a failure.");
        return error => failure.Invoke(null, [error])!;
    }
}
