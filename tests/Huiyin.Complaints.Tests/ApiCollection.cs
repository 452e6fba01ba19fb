using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<HuiyinApp>
{
    public const string Name = "Complaints API";
}
