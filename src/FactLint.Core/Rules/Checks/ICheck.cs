namespace FactLint.Core.Rules.Checks;

/// <summary>
/// The logic behind a check type (a rule's <c>extends:</c>). One instance per rule, built from the rule's own
/// fields when the pack loads; <see cref="Run"/> is called once per file and must be thread-safe.
/// </summary>
public interface ICheck
{
    void Run(Rule rule, CheckContext context);
}
