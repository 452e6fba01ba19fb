using Huiyin.BuildingBlocks.Results;
using MediatR;

namespace Huiyin.BuildingBlocks.Messaging;

/// <summary>Marks a request that changes state: it runs inside one transaction with its outbox rows.</summary>
public interface ICommand
{
}

/// <summary>A state-changing use case answering with a <see cref="Result"/>.</summary>
public interface ICommand<TResponse> : IRequest<TResponse>, ICommand
    where TResponse : Result
{
}

/// <summary>A read-only use case.</summary>
public interface IQuery<TResponse> : IRequest<TResponse>
{
}
