using Huiyin.BuildingBlocks.Messaging;

namespace Huiyin.Knowledge.Contracts;

/// <summary>
/// The forbidden phrases (禁说：“不知道”“不行”…) that <paramref name="Text"/> contains, in the order of the maintained list; empty when
/// there are none. A note or reply containing one is still saved: the caller answers it with these as warnings.
/// </summary>
public sealed record FindForbiddenPhrases(string? Text) : IQuery<IReadOnlyList<string>>;
