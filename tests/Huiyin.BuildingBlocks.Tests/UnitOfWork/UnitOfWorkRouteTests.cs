using Huiyin.BuildingBlocks.Messaging.UnitOfWork;

namespace Huiyin.BuildingBlocks.Tests.UnitOfWork;

public sealed class UnitOfWorkRouteTests
{
    [Theory]
    [InlineData(true, true, false, false, nameof(UnitOfWorkRoute.OwnTransaction))]
    [InlineData(true, true, false, true, nameof(UnitOfWorkRoute.JoinCallersTransaction))]
    [InlineData(false, true, false, true, nameof(UnitOfWorkRoute.ReadInCallersTransaction))]
    [InlineData(false, true, false, false, nameof(UnitOfWorkRoute.QueryOnItsOwn))]
    [InlineData(false, false, false, false, nameof(UnitOfWorkRoute.QueryOnItsOwn))]
    [InlineData(true, true, true, true, nameof(UnitOfWorkRoute.AsItIs))]
    [InlineData(false, true, true, true, nameof(UnitOfWorkRoute.AsItIs))]
    [InlineData(true, false, false, false, nameof(UnitOfWorkRoute.AsItIs))]
    [InlineData(true, false, false, true, nameof(UnitOfWorkRoute.AsItIs))]
    [InlineData(false, false, false, true, nameof(UnitOfWorkRoute.AsItIs))]
    public void Each_request_takes_the_route_its_kind_and_its_caller_call_for(
        bool isCommand, bool hasContext, bool contextInTransaction, bool callersTransactionOpen, string expected) =>
        Assert.Equal(expected, UnitOfWorkRoutes.Choose(isCommand, hasContext, contextInTransaction, callersTransactionOpen).ToString());
}
