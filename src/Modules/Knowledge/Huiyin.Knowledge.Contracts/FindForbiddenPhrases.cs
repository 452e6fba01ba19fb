using Huiyin.BuildingBlocks.Messaging;

namespace Huiyin.Knowledge.Contracts;

/// <summary>
/// For each of <paramref name="Texts"/>, in their order, the forbidden phrases (禁说：“不知道”“不行”…) it contains, in the order of the
/// maintained list; empty when there are none. The list is read once for all the texts. A note or reply containing one is still
/// saved: the caller answers it with these as warnings.
/// </summary>
public sealed record FindForbiddenPhrases(IReadOnlyList<string?> Texts) : IQuery<IReadOnlyList<IReadOnlyList<string>>>;
