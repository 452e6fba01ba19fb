using MediatR;

namespace Huiyin.Organization.Contracts;

/// <summary>Whether a team of that id exists, for the modules that hand work to a team.</summary>
public sealed record TeamExists(Guid TeamId) : IRequest<bool>;
