namespace SecurityGate.Conventions;

/// <summary>The identity of one analyzer rule: id, title, category and the page that documents it.</summary>
public sealed class RuleDescriptor
{
    /// <summary>Creates a rule descriptor.</summary>
    public RuleDescriptor(string id, string title, string category)
    {
        Id = id;
        Title = title;
        Category = category;
    }

    /// <summary>The rule id, for example <c>CSG001</c>.</summary>
    public string Id { get; }

    /// <summary>A short title in sentence case, without a final period.</summary>
    public string Title { get; }

    /// <summary>The rule category shown in IDEs and SARIF.</summary>
    public string Category { get; }

    /// <summary>The address of the rule's page under <c>docs/rules/</c>.</summary>
    public string HelpLink => RuleCatalog.HelpLinkBase + Id + ".md";
}
